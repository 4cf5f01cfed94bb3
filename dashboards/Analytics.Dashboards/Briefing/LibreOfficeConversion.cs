using System.ComponentModel;
using System.Diagnostics;

namespace Analytics.Dashboards.Briefing;

/// <summary>Converts documents with LibreOffice headless (<c>soffice --convert-to</c>), the optional
/// dependency that turns briefing.docx into briefing.pdf. Every call gets its own LibreOffice profile
/// in a temporary folder (two conversions sharing a profile block each other), converts all its files
/// in one start (LibreOffice takes seconds to start), is stopped with its whole process tree when it
/// overruns the timeout, and leaves nothing behind. It never throws for a missing or failing
/// LibreOffice: it returns the reason, and the caller writes the pack without the converted files.</summary>
internal static class LibreOfficeConversion
{
    /// <summary>Converts each source into its target with the LibreOffice export
    /// <paramref name="filter"/> ("pdf", or "txt:Text (encoded):UTF8" for UTF-8 text). Returns null when
    /// every target was written, else one sentence saying why not.</summary>
    public static string? Convert(string soffice, string filter, IReadOnlyList<(string Source, string Target)> files, TimeSpan timeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filter);
        if (string.IsNullOrWhiteSpace(soffice)) return "LibreOffice is not configured (Briefing:Soffice is empty)";
        if (files.Count == 0) return null;
        var work = Directory.CreateTempSubdirectory("analytics-soffice-").FullName;
        try
        {
            // Sources are copied under numbered names: two sources may share a file name (briefing.docx
            // of the pack and of its pseudonymised twin), and LibreOffice names outputs after inputs.
            var input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
            var output = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
            var names = new List<string>();
            for (var i = 0; i < files.Count; i++)
            {
                var name = $"{i}{Path.GetExtension(files[i].Source)}";
                File.Copy(files[i].Source, Path.Combine(input, name));
                names.Add(name);
            }
            var start = new ProcessStartInfo(soffice)
            {
                WorkingDirectory = input,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])[$"-env:UserInstallation={new Uri(Path.Combine(work, "profile")).AbsoluteUri}", "--headless",
                "--norestore", "--nolockcheck", "--convert-to", filter, "--outdir", output, .. names])
                start.ArgumentList.Add(argument);
            var failure = Run(start, timeout, soffice);
            if (failure is not null) return failure;
            var extension = "." + filter.Split(':')[0];
            for (var i = 0; i < files.Count; i++)
            {
                var produced = Path.Combine(output, Path.GetFileNameWithoutExtension(names[i]) + extension);
                if (!File.Exists(produced)) return $"LibreOffice did not convert {Path.GetFileName(files[i].Source)} to {extension}";
                File.Move(produced, files[i].Target, overwrite: true);
            }
            return null;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string? Run(ProcessStartInfo start, TimeSpan timeout, string soffice)
    {
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            return $"LibreOffice was not found ('{soffice}'); install libreoffice-writer-nogui or set Briefing:Soffice";
        }
        using (process)
        {
            // Drain both pipes so a chatty LibreOffice cannot block on a full pipe.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return $"LibreOffice did not finish within {timeout.TotalSeconds:0} s and was stopped";
            }
            process.WaitForExit();
            var error = stderr.Result.Trim();
            _ = stdout.Result;
            return process.ExitCode == 0 ? null
                : $"LibreOffice failed (exit code {process.ExitCode}){(error.Length > 0 ? ": " + error.Split('\n')[0].Trim() : "")}";
        }
    }
}
