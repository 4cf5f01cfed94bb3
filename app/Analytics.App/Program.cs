// The `analytics` executable: one verb per file under Commands/. Exit codes: 0 success,
// 1 usage or internal error, 2 a submission (or a file of it) could not be read at all.
using Analytics.App;

return Cli.Run(args, Console.Out, Console.Error);
