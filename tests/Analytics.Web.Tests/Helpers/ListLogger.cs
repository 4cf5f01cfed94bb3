using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Analytics.Web.Tests.Helpers;

/// <summary>Keeps what the server logs (warnings and above) so tests can check that details go to the log.</summary>
internal sealed class ListLogger(string category) : ILogger
{
    public static ConcurrentQueue<string> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(
        LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel)) Entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }

    internal sealed class Provider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName);

        public void Dispose() { }
    }
}
