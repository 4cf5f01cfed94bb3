namespace Analytics.Etl.Sources;

/// <summary>A landing file that the extraction is still writing while the loader reads it: readers see
/// the bytes as they are written and wait at the end until more come or the file is complete; if the
/// extraction fails, readers fail with its reason (and the batch they feed rolls back).</summary>
internal sealed class GrowingFile(string path) : IDisposable
{
    private readonly ManualResetEventSlim _changed = new(false);
    private volatile bool _complete;
    private volatile Exception? _failure;

    public string Path { get; } = path;

    /// <summary>Creates the file and returns the extraction's stream into it (unbuffered: each write
    /// reaches the file, and waiting readers, at once — callers write in 64 KiB blocks).</summary>
    public Stream Create() =>
        new Writer(new FileStream(Path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 0), this);

    /// <summary>The file is whole; readers reach its end.</summary>
    public void Complete(Exception? failure = null)
    {
        _failure = failure;
        _complete = true;
        _changed.Set();
    }

    public bool IsComplete => _complete;

    public Stream OpenReader()
    {
        // The file may not exist yet when its kind is extracted later: wait for it.
        while (!File.Exists(Path))
        {
            if (_complete) return _failure is null ? new MemoryStream() : throw new IOException(_failure.Message, _failure);
            _changed.Wait(20);
        }
        return new Reader(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16), this);
    }

    public void Dispose() => _changed.Dispose();

    private sealed class Writer(FileStream inner, GrowingFile owner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            owner._changed.Set();
        }
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    private sealed class Reader(FileStream inner, GrowingFile owner) : ForwardReadStream
    {
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override int Read(Span<byte> buffer)
        {
            while (true)
            {
                var complete = owner._complete;   // read before the file: bytes written before completion are then seen
                var n = inner.Read(buffer);
                if (n > 0) return n;
                if (complete)
                {
                    if (owner._failure is { } failure) throw new IOException(failure.Message, failure);
                    return 0;
                }
                owner._changed.Reset();
                if (inner.Length > inner.Position || owner._complete) continue;
                owner._changed.Wait(50);
            }
        }
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
