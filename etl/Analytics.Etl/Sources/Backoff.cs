namespace Analytics.Etl.Sources;

/// <summary>How long to wait before retry <c>attempt</c> (1-based) of a transient failure: 0.25 s,
/// 0.5 s, 1 s, … capped at 30 s; a server's Retry-After wins (capped at 5 minutes).</summary>
internal static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan? retryAfter = null)
    {
        if (retryAfter is { } asked)
            return asked < TimeSpan.Zero ? TimeSpan.Zero : asked > TimeSpan.FromMinutes(5) ? TimeSpan.FromMinutes(5) : asked;
        var seconds = Math.Min(30, 0.25 * Math.Pow(2, attempt - 1));
        return TimeSpan.FromSeconds(seconds);
    }

    public static void Wait(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay > TimeSpan.Zero) cancellationToken.WaitHandle.WaitOne(delay);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
