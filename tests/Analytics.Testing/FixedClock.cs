namespace Analytics.Testing;

/// <summary>A clock that always says the same instant (UTC): for deadlines (the freshness job) and ages
/// (the landing retention) that a test sets instead of waiting for.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
