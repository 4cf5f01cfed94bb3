using Analytics.App.Ownership;

namespace Analytics.App.Tests.Ownership;

/// <summary>A verb handed to the server carries the paths the user typed made absolute against the
/// client's working directory; names, roles and periods stay as typed.</summary>
public sealed class ArgumentPathsTests
{
    [Theory]
    [InlineData("ingest samples/a b/c.zip --source drop", "ingest|/home/u/samples/a|/home/u/b/c.zip|--source|drop")]
    [InlineData("check --period 2024 --out findings.csv", "check|--period|2024|--out|/home/u/findings.csv")]
    [InlineData("users add lan --role analyst --areas A,B", "users|add|lan|--role|analyst|--areas|A,B")]
    [InlineData("export --parquet=../export --warehouse data/w.duckdb", "export|--parquet|/home/export|--warehouse|/home/u/data/w.duckdb")]
    [InlineData("brief --quarter 2025-Q4 --out /tmp/pack", "brief|--quarter|2025-Q4|--out|/tmp/pack")]
    public void Paths_are_made_absolute_against_the_clients_working_directory(string line, string expected)
    {
        var parse = Cli.Tree(new CliConsole(TextWriter.Null, TextWriter.Null)).Root.Parse(line.Split(' '));
        Assert.Empty(parse.Errors);
        Assert.Equal(expected, string.Join('|', ArgumentPaths.Absolute(parse, "/home/u")));
    }
}
