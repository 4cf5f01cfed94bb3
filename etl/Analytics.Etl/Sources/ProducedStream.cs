using System.Collections.Concurrent;

namespace Analytics.Etl.Sources;

/// <summary>A read-only stream whose bytes a producer writes on another thread while they are read
/// (a workbook sheet rendered as CSV while the loader reads it). Bounded: the producer waits for the
/// reader. Disposing the reader early stops the producer; a producer failure surfaces in Read as an
/// <see cref="InvalidDataException"/>.</summary>
internal sealed class ProducedStream : ForwardReadStream
{
    private const int ChunkBytes = 1 << 16;
    private readonly BlockingCollection<byte[]> _chunks = new(8);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _producer;
    private byte[]? _current;
    private int _offset;
    private Exception? _failure;

    private ProducedStream(Action<Stream> produce)
    {
        _producer = Task.Run(() =>
        {
            try
            {
                using var sink = new Sink(this);
                produce(sink);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested) { }
            catch (Exception e)
            {
                _failure = e;
            }
            finally
            {
                _chunks.CompleteAdding();
            }
        });
    }

    public static ProducedStream Start(Action<Stream> produce) => new(produce);

    public override int Read(Span<byte> buffer)
    {
        while (_current is null || _offset == _current.Length)
        {
            if (!_chunks.TryTake(out _current, Timeout.Infinite))
            {
                if (_failure is { } e) throw e as InvalidDataException ?? new InvalidDataException(e.Message, e);
                return 0;
            }
            _offset = 0;
        }
        var n = Math.Min(buffer.Length, _current.Length - _offset);
        _current.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stop.Cancel();
            try { _producer.Wait(); }
            catch (AggregateException) { }
            _chunks.Dispose();
            _stop.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>The producer's side: buffers writes into chunks and hands them over.</summary>
    private sealed class Sink(ProducedStream owner) : Stream
    {
        private byte[] _buffer = new byte[ChunkBytes];
        private int _used;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> data)
        {
            while (!data.IsEmpty)
            {
                var n = Math.Min(data.Length, _buffer.Length - _used);
                data[..n].CopyTo(_buffer.AsSpan(_used));
                _used += n;
                data = data[n..];
                if (_used == _buffer.Length) Flush();
            }
        }

        public override void Flush()
        {
            if (_used == 0) return;
            owner._chunks.Add(_used == _buffer.Length ? _buffer : _buffer[.._used], owner._stop.Token);
            _buffer = new byte[ChunkBytes];
            _used = 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !owner._stop.IsCancellationRequested) Flush();
            base.Dispose(disposing);
        }
    }
}
