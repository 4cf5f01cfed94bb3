// The `analytics` executable: one verb per file under Commands/. Exit codes (docs/operations.md): 0
// success, 1 usage, settings, input or internal error, 2 a submission rejected, 3 evaluate below a bar,
// 4 the warehouse busy (held by another program, or owned by a server for a verb that needs it alone),
// 130 cancelled. The first Ctrl-C asks the verb to stop at its next safe point; a second one ends the
// process at once (an uncommitted batch is rolled back by DuckDB either way).
using Analytics.App;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (cancel.IsCancellationRequested) return;
    e.Cancel = true;
    cancel.Cancel();
};
return Cli.Run(args, new CliConsole(Console.Out, Console.Error) { Cancellation = cancel.Token });
