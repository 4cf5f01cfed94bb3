namespace Analytics.App.Tests;

/// <summary>`analytics bench …` no longer runs benchmarks (they are their own program, outside the
/// production binary): it says, in one line, the command that does.</summary>
public sealed class MovedBenchCommandTests
{
    [Fact]
    public void Bench_names_the_benchmark_program_with_the_same_arguments()
    {
        using var cli = new CliRunner();

        var (exit, output, error) = cli.Run("bench", "ingest", "--rows", "5");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal("error: the benchmarks are their own program now: run " +
            "`dotnet run -c Release --project bench/Analytics.Bench -- ingest --rows 5` from the repository root", error.Trim());
        Assert.False(File.Exists(cli.Warehouse));
    }
}
