using Analytics.Etl.Sources;

namespace Analytics.Etl.Loading;

// The reading threads: each takes the next submission of the run, reads it whole into memory and leaves
// it in its slot; the writer takes the slots in order. A window bounds how far reading runs ahead of
// writing (memory stays flat however many submissions there are).
internal sealed partial class SubmissionRun
{
    private const int AheadPerReader = 8;

    private sealed class ReadingThreads : IDisposable
    {
        private readonly SubmissionRun _run;
        private readonly TaskCompletionSource<ValidatedSubmission>[] _slots;
        private readonly SemaphoreSlim _window;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task[] _threads;
        private int _next = -1;

        public ReadingThreads(SubmissionRun run)
        {
            _run = run;
            _slots = [.. run._submissions.Select(_ =>
                new TaskCompletionSource<ValidatedSubmission>(TaskCreationOptions.RunContinuationsAsynchronously))];
            var readers = Math.Max(1, run._options.Readers);
            _window = new SemaphoreSlim(readers * AheadPerReader);
            _threads = [.. Enumerable.Range(0, readers).Select(_ => Task.Factory.StartNew(Read, TaskCreationOptions.LongRunning))];
        }

        /// <summary>Submission <paramref name="index"/>, read; waits for it. A failure to read it (other than
        /// an unreadable file, which is a result) is rethrown here, at its turn.</summary>
        public ValidatedSubmission Take(int index)
        {
            var result = _slots[index].Task.GetAwaiter().GetResult();
            _window.Release();
            return result;
        }

        private void Read()
        {
            using var keys = _run._keys.Twin();
            var reader = new SubmissionReader(keys, _run._options, _run._lists);
            var lookups = (int index) => new UnitLookups(_run._registry, _run._runUnits, index);
            try
            {
                while (true)
                {
                    _window.Wait(_stop.Token);
                    var index = Interlocked.Increment(ref _next);
                    if (index >= _slots.Length) return;
                    try
                    {
                        _slots[index].SetResult(reader.Read(index, _run._submissions[index], _run._loadedAtStart, lookups));
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        _slots[index].SetException(e);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The run ended early (the writer stopped): nothing more to read.
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            Task.WaitAll(_threads);
            _stop.Dispose();
            _window.Dispose();
        }
    }
}
