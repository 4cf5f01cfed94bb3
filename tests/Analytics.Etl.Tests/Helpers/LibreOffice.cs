using System.Diagnostics;

namespace Analytics.Etl.Tests.Helpers;

/// <summary>Debian's LibreOffice, headless, turning flat ODS templates into the workbooks a commune office
/// sends (.xlsx, .xls). It starts slowly (2–5 s) and one profile cannot run two conversions at once, so
/// each caller (a test class's fixture) converts all its files in one call per format, under a private
/// profile that is deleted with the caller's temporary folder.</summary>
internal static class LibreOffice
{
    /// <summary>Converts every template to <paramref name="format"/> ("xlsx", "xls") into
    /// <paramref name="outputFolder"/>; returns the converted paths in template order.</summary>
    public static IReadOnlyList<string> Convert(IReadOnlyList<string> templates, string format, string outputFolder, string profileFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var start = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "--headless", "--norestore", $"-env:UserInstallation=file://{profileFolder}", "--convert-to", format, "--outdir", outputFolder,
        ];
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var template in templates) start.ArgumentList.Add(template);
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("soffice did not start (is libreoffice-calc-nogui installed?)");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice took more than 3 minutes");
        }
        var converted = templates.Select(t => Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(t) + "." + format)).ToList();
        var missing = converted.Where(c => !File.Exists(c)).ToList();
        if (process.ExitCode != 0 || missing.Count > 0)
            throw new InvalidOperationException(
                $"soffice exit {process.ExitCode}, missing {string.Join(", ", missing)}: {output.Result} {error.Result}");
        return converted;
    }
}
