namespace Analytics.App.Tests.Serve;

/// <summary>A temporary folder for a serve host's warehouse, job storage, drop folder and landing;
/// the sample province's submissions to put into the drop.</summary>
internal sealed class ServeFolder : IDisposable
{
    public ServeFolder()
    {
        Root = Directory.CreateTempSubdirectory("analytics-serve-").FullName;
        Drop = Path.Combine(Root, "drop");
        Directory.CreateDirectory(Drop);
    }

    public string Root { get; }
    public string Drop { get; }
    public string Warehouse => ServeRunner.WarehouseOf(Root);

    /// <summary>Copies a commune of samples/ (xa-tan-phu: TP-DU, xa-hoa-binh: HB-DU) into the drop folder.</summary>
    public string Deliver(string commune)
    {
        var from = Path.Combine(CliRunner.RepositoryRoot(), "samples", commune);
        var to = Path.Combine(Drop, commune);
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        return to;
    }

    /// <summary>Configuration with one drop source named "drop" over <see cref="Drop"/>.</summary>
    public Dictionary<string, string?> DropSource(string schedule = "0 * * * *", params string[] expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sources:0:Name"] = "drop",
            ["Sources:0:Kind"] = "drop",
            ["Sources:0:Path"] = Drop,
            ["Sources:0:SettleSeconds"] = "0",   // the tests drop whole items at once
            ["Sources:0:Schedule"] = schedule,
            ["Sources:0:FreshnessDays"] = "60",
        };
        for (var i = 0; i < expected.Length; i++) settings[$"Sources:0:ExpectedUnits:{i}"] = expected[i];
        return settings;
    }

    /// <summary>A sample commune <paramref name="count"/> times under <paramref name="into"/> (xa-1, xa-2, …),
    /// each copy with its own unit codes and person ids (<paramref name="code"/> replaced by H1, H2, … or T1, …).</summary>
    public static void Copies(string commune, string code, int count, string into)
    {
        var from = Path.Combine(CliRunner.RepositoryRoot(), "samples", commune);
        for (var i = 1; i <= count; i++)
        {
            var to = Path.Combine(into, $"xa-{i}");
            Directory.CreateDirectory(to);
            foreach (var file in Directory.EnumerateFiles(from))
            {
                var renamed = File.ReadAllText(file).Replace(code, $"{code[0]}{i}", StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(to, Path.GetFileName(file)), renamed);
            }
        }
    }

    /// <summary>Two configured dashboard users: chi (admin, mat-khau-quan-tri) and lan (analyst, mat-khau-phan-tich),
    /// logging in over plain HTTP on loopback (secure cookies off, as the demo has them).</summary>
    public static Dictionary<string, string?> WithUsers(Dictionary<string, string?> settings)
    {
        settings["Dashboard:SecureCookies"] = "false";
        settings["Dashboard:Users:0:Name"] = "chi";
        settings["Dashboard:Users:0:Role"] = "admin";
        settings["Dashboard:Users:0:PasswordHash"] = Analytics.Dashboards.Web.ConfiguredUser.HashPassword("mat-khau-quan-tri");
        settings["Dashboard:Users:1:Name"] = "lan";
        settings["Dashboard:Users:1:Role"] = "analyst";
        settings["Dashboard:Users:1:PasswordHash"] = Analytics.Dashboards.Web.ConfiguredUser.HashPassword("mat-khau-phan-tich");
        return settings;
    }

    public void Dispose() => Directory.Delete(Root, true);
}
