namespace Analytics.Bench;

/// <summary>Where a benchmark writes: standard output for the figures, standard error for progress.</summary>
internal sealed record BenchConsole(TextWriter Out, TextWriter Error);
