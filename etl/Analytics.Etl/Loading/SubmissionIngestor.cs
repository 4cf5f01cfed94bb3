using System.Diagnostics;
using Analytics.Etl.Decoding;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Loading;

/// <summary>Loads submissions into the warehouse: one submission = one batch = one transaction.
/// Bad rows are quarantined with their reason and the rest loads; a file that cannot be read at all
/// rejects the whole submission; content already loaded is skipped.</summary>
public sealed class SubmissionIngestor(WarehouseStore store, PersonKeys keys, IngestOptions options) : IDisposable
{
    private readonly RecordIdFilter _recordIds = new();
    private readonly PersonKeys _appendingKeys = keys.Twin();   // used on the appending thread only

    /// <summary>Called every <see cref="IngestOptions.ProgressEvery"/> rows of a file (from the reading thread).</summary>
    public event Action<IngestProgress>? Progress;

    public IngestReport Ingest(Submission submission) => Ingest(submission, options.Source);

    /// <summary>Ingests many submissions, each its own batch, as fast as one file: reading threads decode
    /// and validate while this thread appends, and small submissions commit together (see
    /// <see cref="SubmissionRun"/>). The warehouse ends as ingesting them one by one in this order leaves it.
    /// Returns the reports in the same order; <paramref name="reported"/> sees each as soon as it is final.</summary>
    public IReadOnlyList<IngestReport> IngestAll(IReadOnlyList<Submission> submissions, Action<IngestReport>? reported = null) =>
        IngestAll(submissions, options.Source, reported, recordUnhashable: false);

    /// <summary>Like <see cref="IngestAll(IReadOnlyList{Submission}, Action{IngestReport})"/>, on behalf of a configured source;
    /// <paramref name="recordUnhashable"/>: a submission that cannot even be hashed is recorded as rejected at its turn.</summary>
    internal IReadOnlyList<IngestReport> IngestAll(IReadOnlyList<Submission> submissions, string source, Action<IngestReport>? reported,
        bool recordUnhashable)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var reports = new List<IngestReport>(submissions.Count);
        foreach (var report in new SubmissionRun(this, store, keys, options, source, submissions, recordUnhashable).Run())
        {
            reports.Add(report);
            reported?.Invoke(report);
        }
        return reports;
    }

    /// <summary>Ingests on behalf of a configured source: etl_batch.source is <paramref name="source"/>;
    /// <paramref name="withCommit"/> runs inside the batch's transaction (a watermark that must move
    /// with the batch or not at all).</summary>
    internal IngestReport Ingest(Submission submission, string source, Action? withCommit = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var clock = Stopwatch.StartNew();
        string hash;
        try
        {
            hash = ContentHash.Of(submission);
            options.Timings?.Add(IngestStage.Hash, clock.ElapsedTicks);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return new IngestReport(submission.Name, IngestStatus.Rejected, 0, null,
                $"{submission.Location}: could not be read: {e.Message}", [], [], clock.Elapsed);
        }
        var lookupStart = Stopwatch.GetTimestamp();
        var found = store.FindBatchByHash(hash);
        options.Timings?.Since(IngestStage.Lookup, lookupStart);
        if (found is { } prior) return Already(submission, prior, clock.Elapsed);
        return Load(submission, new BatchInfo(source, submission.Connector, submission.Location, hash), null, withCommit, clock);
    }

    /// <summary>Ingests a submission whose files are still arriving (read as they grow): the content
    /// hash is known only once they are complete, so <paramref name="lateHash"/> is asked just before
    /// the commit, and content loaded before rolls the batch back (already loaded).</summary>
    internal IngestReport IngestArriving(Submission submission, string source, Func<string> lateHash, Action? withCommit)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return Load(
            submission, new BatchInfo(source, submission.Connector, submission.Location, ""), lateHash, withCommit, Stopwatch.StartNew());
    }

    internal static IngestReport Already(Submission submission, PriorBatch prior, TimeSpan elapsed) =>
        new(submission.Name, IngestStatus.AlreadyLoaded, prior.BatchId, null,
            $"the same content was loaded as batch {prior.BatchId} ({prior.Submission})", [], [], elapsed);

    private sealed class AlreadyLoadedException(PriorBatch prior) : Exception
    {
        public PriorBatch Prior { get; } = prior;
    }

    private IngestReport Load(Submission submission, BatchInfo info, Func<string>? lateHash, Action? withCommit, Stopwatch clock)
    {
        var (files, warnings) = Classify(submission);
        var reports = new List<FileReport>();
        keys.NewBatch();
        _appendingKeys.NewBatch();
        _recordIds.Clear();
        string reason;
        var beginStart = Stopwatch.GetTimestamp();
        using (var batch = store.BeginBatch(info))
        {
            batch.Timings = options.Timings;
            options.Timings?.Since(IngestStage.Begin, beginStart);
            batch.RepeatsScreened = true;   // every rating passes RecordIdFilter on its way in
            try
            {
                foreach (var (kind, file) in files) reports.Add(LoadFile(batch, submission.Name, kind, file));
                var commitStart = clock.Elapsed;
                if (lateHash is not null)
                {
                    var hash = lateHash();
                    if (store.FindBatchByHash(hash) is { } prior) throw new AlreadyLoadedException(prior);
                    batch.Rehash(hash);
                }
                if (withCommit is not null) batch.OnCommit(withCommit);
                var outcome = batch.Commit();
                return new IngestReport(
                    submission.Name, IngestStatus.Loaded, batch.BatchId, outcome, null, reports, warnings,
                    clock.Elapsed, clock.Elapsed - commitStart);
            }
            catch (FileUnreadableException e)
            {
                reason = e.Message;
            }
            catch (AlreadyLoadedException e)
            {
                return Already(submission, e.Prior, clock.Elapsed);
            }
        }
        var rejectStart = Stopwatch.GetTimestamp();
        var id = store.RecordRejectedSubmission(info, reason, reports);
        options.Timings?.Since(IngestStage.Rejected, rejectStart);
        return new IngestReport(submission.Name, IngestStatus.Rejected, id, null, reason, reports, warnings, clock.Elapsed);
    }

    internal static (List<(RecordKind, SubmissionFile)> Files, List<string> Warnings) Classify(Submission submission)
    {
        var files = new List<(RecordKind, SubmissionFile)>();
        var warnings = new List<string>();
        foreach (var file in submission.Files)
        {
            var kind = RecordKindNames.FromName(Path.GetFileNameWithoutExtension(file.Name));
            if (kind is null)
                warnings.Add($"{file.Name}: not a record kind of interchange v1 " +
                    "(units, people, positions, ratings, summaries, residence); not read");
            else files.Add((kind.Value, file));
        }
        warnings.AddRange(submission.Notes);   // what reading passed over (a workbook's hidden sheet, a form's footer)
        // Load order (units first) makes references order-independent within a submission.
        files.Sort((a, b) => a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : string.CompareOrdinal(a.Item2.Name, b.Item2.Name));
        return (files, warnings);
    }

    public void Dispose() => _appendingKeys.Dispose();

    private void StageRating(BatchWriter batch, (RatingRow Row, string? PersonId) rating)
    {
        if (rating.PersonId is not { } id)
        {
            batch.Stage(rating.Row);
            return;
        }
        var key = _appendingKeys.KeyOf(id, out var fresh);
        if (fresh) batch.StageIdentity(key, id);
        batch.Stage(rating.Row with { PersonKey = key });
    }

    private FileReport LoadFile(BatchWriter batch, string submission, RecordKind kind, SubmissionFile file)
    {
        var clock = Stopwatch.StartNew();
        using var reader = CsvRecordReader.Open(file, kind, options.Encoding);
        var fileNo = batch.NextFileNumber();
        var validator = new RowValidator(reader, keys, fileNo, batch.KnownUnits().Contains, _recordIds);
        var kindName = RecordKindNames.FileName(kind);
        Action<long>? progress = Progress is null
            ? null
            : rows => Progress?.Invoke(new IngestProgress(submission, file.Name, rows, clock.Elapsed));
        (long Read, long Rejected) Load<T>(FileLoader.Validate<T> validate, Action<BatchWriter, T> stage) =>
            FileLoader.Load(reader, validator, batch, kindName, validate, stage, progress, options.ProgressEvery, options.Timings);
        var (read, rejected) = kind switch
        {
            RecordKind.Units => Load((RowValidator v, out UnitRow r) => v.Unit(out r), (b, r) => b.Stage(r)),
            RecordKind.People => Load((RowValidator v, out PersonRow r) => v.Person(out r), (b, r) => b.Stage(r)),
            RecordKind.Positions => Load((RowValidator v, out PositionRow r) => v.Position(out r), (b, r) => b.Stage(r)),
            RecordKind.Ratings => Load(
                (RowValidator v, out (RatingRow Row, string? PersonId) r) =>
                {
                    var f = v.Rating(out var row, out var id);
                    r = (row, id);
                    return f;
                },
                StageRating),
            RecordKind.Summaries => Load((RowValidator v, out SummaryRow r) => v.Summary(out r), (b, r) => b.Stage(r)),
            _ => Load((RowValidator v, out ResidenceRow r) => v.Residence(out r), (b, r) => b.Stage(r)),
        };
        // The header line is kept for `rejects --retry`, which reads the quarantined rows again under it.
        if (rejected > 0) QuarantineRetry.KeepHeader(batch, store, file.Name, reader.HeaderLine, reader.Separator);
        var report = new FileReport(
            file.Name, kindName, reader.EncodingName, reader.Separator.ToString(), read, rejected, reader.UnknownColumns);
        batch.AddFile(fileNo, report);
        return report;
    }
}
