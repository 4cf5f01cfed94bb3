using System.Diagnostics;
using System.Threading.Channels;
using Analytics.Etl.Decoding;
using Analytics.Etl.Validation;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Loading;

/// <summary>Loads one file into an open batch on two threads: the reading thread decodes, parses and
/// validates rows into chunks; the calling thread (the one that owns the DuckDB connection) appends
/// them. A bounded channel keeps memory flat however long the file is.</summary>
internal static class FileLoader
{
    private const int ChunkRows = 4096;
    private const int ChunksInFlight = 4;

    internal delegate Fault? Validate<T>(RowValidator validator, out T row);

    private sealed class Chunk<T>
    {
        public readonly T[] Rows = new T[ChunkRows];
        public int Count;
        public readonly List<RejectedRow> Rejects = [];
        public readonly List<(long Key, string SourceId)> Identities = [];
        public readonly List<(string RecordId, int Revision)> Suspects = [];
    }

    /// <summary>Reads, validates and stages every row; returns (rows read, rows quarantined).</summary>
    public static (long Read, long Rejected) Load<T>(CsvRecordReader reader, RowValidator validator, BatchWriter batch,
        string kindName, Validate<T> validate, Action<BatchWriter, T> stage, Action<long>? progress, long progressEvery,
        StageTimings? timings = null)
    {
        var channel = Channel.CreateBounded<Chunk<T>>(
            new BoundedChannelOptions(ChunksInFlight) { SingleReader = true, SingleWriter = true });
        var free = new System.Collections.Concurrent.ConcurrentBag<Chunk<T>>();
        long read = 0;
        using var stop = new CancellationTokenSource();
        long blocked = 0;   // reading-thread ticks spent waiting for room, not decoding
        void Send(Chunk<T> chunk)
        {
            // Never drop a chunk: wait for room when the appending side is behind.
            if (channel.Writer.TryWrite(chunk)) return;
            var waitStart = Stopwatch.GetTimestamp();
            channel.Writer.WriteAsync(chunk, stop.Token).AsTask().GetAwaiter().GetResult();
            blocked += Stopwatch.GetTimestamp() - waitStart;
        }
        var producer = Task.Run(() =>
        {
            var decodeStart = Stopwatch.GetTimestamp();
            try
            {
                var chunk = new Chunk<T>();
                while (reader.Read())
                {
                    read++;
                    var fault = validate(validator, out var row);
                    if (fault is { } f)
                        chunk.Rejects.Add(new RejectedRow(reader.File, kindName, reader.Line, f.Column, f.Reason, f.Message, reader.Raw));
                    else
                    {
                        chunk.Rows[chunk.Count++] = row;
                        if (validator.FreshIdentity is { } identity) chunk.Identities.Add(identity);
                        if (validator.Suspect is { } suspect) chunk.Suspects.Add(suspect);
                    }
                    if (chunk.Count == ChunkRows || chunk.Rejects.Count == ChunkRows)
                    {
                        Send(chunk);
                        chunk = free.TryTake(out var reused) ? reused : new Chunk<T>();
                    }
                    if (progress is not null && read % progressEvery == 0) progress(read);
                }
                Send(chunk);
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
            timings?.Add(IngestStage.Decode, Stopwatch.GetTimestamp() - decodeStart - blocked);
        });

        long rejected = 0;
        try
        {
            while (channel.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (channel.Reader.TryRead(out var chunk))
                {
                    var appendStart = Stopwatch.GetTimestamp();
                    for (var i = 0; i < chunk.Count; i++) stage(batch, chunk.Rows[i]);
                    foreach (var (key, id) in chunk.Identities) batch.StageIdentity(key, id);
                    foreach (var (recordId, revision) in chunk.Suspects) batch.StageSuspect(recordId, revision);
                    foreach (var reject in chunk.Rejects) batch.Reject(reject);
                    rejected += chunk.Rejects.Count;
                    Array.Clear(chunk.Rows, 0, chunk.Count);
                    chunk.Count = 0;
                    chunk.Rejects.Clear();
                    chunk.Identities.Clear();
                    chunk.Suspects.Clear();
                    free.Add(chunk);
                    timings?.Since(IngestStage.Append, appendStart);
                }
            }
        }
        catch (ChannelClosedException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
        finally
        {
            // On a failure here, stop the reader (it may be waiting for room in the channel) and
            // wait for it before the file closes.
            stop.Cancel();
            try { producer.Wait(); }
            catch (AggregateException) { }
        }
        return (read, rejected);
    }
}
