using System.Diagnostics;
using Analytics.Etl.Validation;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Loading;

// The open group: each admitted submission becomes the next batch of one transaction; Flush commits them
// all with one set of checks and merges. A group that fails to commit is rolled back and its batches are
// committed one by one, each in its own transaction, so that a failure stays with the batch at fault.
internal sealed partial class SubmissionRun
{
    private void Append(ValidatedSubmission v)
    {
        var info = new BatchInfo(_source, v.Submission.Connector, v.Submission.Location, v.Hash!);
        if (_writer is null)
        {
            _writer = _store.BeginBatch(info);
            _writer.Timings = _options.Timings;
            _writer.RepeatsScreened = true;   // every rating passed a RecordIdFilter on its reading thread
        }
        else _writer.Next(info);
        Stage(_writer, v);
        _group.Add((v, _writer.BatchId));
        if (v.RejectedReason is null) _known.UnionWith(v.Lookups!.Own);
    }

    private void Stage(BatchWriter writer, ValidatedSubmission v)
    {
        var start = Stopwatch.GetTimestamp();
        foreach (var (no, file) in v.Files) writer.AddFile(no, file);
        if (v.RejectedReason is { } reason)
        {
            writer.RejectWhole(reason);
            return;
        }
        foreach (var row in v.Units) writer.Stage(row);
        foreach (var row in v.People) writer.Stage(row);
        foreach (var row in v.Positions) writer.Stage(row);
        foreach (var row in v.Ratings) writer.Stage(row);
        foreach (var row in v.Summaries) writer.Stage(row);
        foreach (var row in v.Residence) writer.Stage(row);
        foreach (var row in v.Rejects) writer.Reject(row);
        foreach (var (key, id) in v.Identities) writer.StageIdentity(key, id);
        foreach (var (recordId, revision) in v.Suspects) writer.StageSuspect(recordId, revision);
        foreach (var (file, header, separator) in v.Headers) QuarantineRetry.KeepHeader(writer, _store, file, header, separator);
        _options.Timings?.Since(IngestStage.Append, start);
    }

    /// <summary>Commits the open group and reports its submissions; on failure, loads them one by one.</summary>
    private void Flush()
    {
        if (_writer is null) return;
        var writer = _writer;
        _writer = null;
        var commitStart = Stopwatch.GetTimestamp();
        IReadOnlyList<BatchOutcome?> outcomes;
        try
        {
            outcomes = writer.CommitAll();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            writer.Dispose();
            var start = Stopwatch.GetTimestamp();
            OneByOne();
            _options.Timings?.Since(IngestStage.Fallback, start);
            return;
        }
        var commit = Stopwatch.GetElapsedTime(commitStart);
        _committed = true;
        for (var i = 0; i < _group.Count; i++) Report(_group[i].Submission, _group[i].BatchId, outcomes[i], commit);
        foreach (var (v, _) in _group) v.Release();
        _group.Clear();
    }

    /// <summary>The failed group's submissions, each committed alone in order; the units known are those
    /// the warehouse holds, so a submission that leaned on one that now fails is validated again.</summary>
    private void OneByOne()
    {
        var members = _group.Select(g => g.Submission).ToList();
        _group.Clear();
        _known.Clear();
        _known.UnionWith(_store.Rows(RegistryUnits, r => r.GetString(0)));
        foreach (var member in members)
        {
            var v = member.RejectedReason is null && !member.Lookups!.StandAgainst(_known) ? Revalidate(member) : member;
            var commitStart = Stopwatch.GetTimestamp();
            try
            {
                using var writer = _store.BeginBatch(new BatchInfo(_source, v.Submission.Connector, v.Submission.Location, v.Hash!));
                writer.Timings = _options.Timings;
                writer.RepeatsScreened = true;
                Stage(writer, v);
                var outcome = writer.CommitAll()[0];
                _committed = true;
                Report(v, writer.BatchId, outcome, Stopwatch.GetElapsedTime(commitStart));
                if (outcome is not null) _known.UnionWith(v.Lookups!.Own);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var info = new BatchInfo(_source, v.Submission.Connector, v.Submission.Location, v.Hash!);
                var reason = $"could not be loaded: {e.Message}";
                var id = _store.RecordRejectedSubmission(info, reason, v.FileReports);
                _reports[v.Index] = new IngestReport(v.Submission.Name, IngestStatus.Rejected, id, null, reason, v.FileReports, v.Warnings,
                    Stopwatch.GetElapsedTime(v.StartTimestamp));
            }
            v.Release();
        }
    }

    private void Report(ValidatedSubmission v, long batchId, BatchOutcome? outcome, TimeSpan commit)
    {
        var elapsed = Stopwatch.GetElapsedTime(v.StartTimestamp);
        if (outcome is null)
        {
            _reports[v.Index] = new IngestReport(v.Submission.Name, IngestStatus.Rejected, batchId, null, v.RejectedReason, v.FileReports,
                v.Warnings, elapsed);
            return;
        }
        _loaded[v.Hash!] = new PriorBatch(batchId, "loaded", v.Submission.Location, null);
        _reports[v.Index] = new IngestReport(v.Submission.Name, IngestStatus.Loaded, batchId, outcome, null, v.FileReports, v.Warnings,
            elapsed, commit);
    }
}
