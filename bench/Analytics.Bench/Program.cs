// `analytics-bench`: whole-pipeline figures (what `analytics bench` used to run). Exit codes: 0 success,
// 1 usage error or a failed request in the web benchmark.
using Analytics.Bench;

return BenchCommands.Run(args, new BenchConsole(Console.Out, Console.Error));
