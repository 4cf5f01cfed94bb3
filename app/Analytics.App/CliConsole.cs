using Analytics.App.Configuration;

namespace Analytics.App;

/// <summary>What a command works with: standard output for results, standard error for progress and
/// errors, standard input, the settings it binds its sections from, and the cancellation that Ctrl-C
/// (or, for a verb the server carries out, the client going away) signals. The server runs a
/// forwarded verb with a console of writers that stream back to the client.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    private Settings? _settings;

    /// <summary>Standard input (default the process's).</summary>
    public TextReader In { get; init; } = Console.In;

    /// <summary>The settings of this run (default: this installation's appsettings.json and environment).</summary>
    public Settings Settings
    {
        get => _settings ??= Settings.Load();
        init => _settings = value;
    }

    /// <summary>Signalled when the user cancels; a command stops at its next safe point (between
    /// submissions, periods or sources) and a batch in flight is rolled back whole.</summary>
    public CancellationToken Cancellation { get; init; }
}
