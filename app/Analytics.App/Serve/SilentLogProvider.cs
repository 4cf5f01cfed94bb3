using Hangfire.Logging;

namespace Analytics.App.Serve;

/// <summary>Hangfire's log provider is process-wide: until a new host's own is in place (Hangfire sets
/// it when the host resolves its configuration), this one keeps Hangfire from logging into the
/// disposed logger factory of a host that ran before in the same process (tests, the demo).</summary>
internal sealed class SilentLogProvider : ILogProvider, ILog
{
    public ILog GetLogger(string name) => this;

    public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
}
