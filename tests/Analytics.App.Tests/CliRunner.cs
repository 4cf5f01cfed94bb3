namespace Analytics.App.Tests;

/// <summary>Runs the `analytics` command tree in-process against a temporary warehouse.</summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Root = Directory.CreateTempSubdirectory("analytics-app-").FullName;
        Warehouse = Path.Combine(Root, "warehouse.duckdb");
    }

    public string Root { get; }
    public string Warehouse { get; }

    public (int Exit, string Out, string Err) Run(params string[] args) => RunOn(Warehouse, args);

    /// <summary>Runs a command line on <paramref name="warehouse"/> as the `analytics` process would
    /// (handed to the server when one owns it).</summary>
    public static (int Exit, string Out, string Err) RunOn(string warehouse, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Cli.Run([.. args, "--warehouse", warehouse], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
        return path;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    public void Dispose() => Directory.Delete(Root, true);
}
