using System.Security.Cryptography;
using Analytics.App.Configuration;
using Microsoft.Extensions.Options;

namespace Analytics.App.Operations;

/// <summary>What the user sees when a verb fails: never a stack trace. A failure the user can fix is one
/// sentence ("error: …", exit 1); a busy warehouse says who holds it (exit 4); Ctrl-C exits 130; anything
/// else prints one line with a reference and writes the detail under that reference into the log file
/// beside the warehouse (exit 1).</summary>
internal static class CliFailure
{
    private const string ReferenceLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static int Report(Exception error, TextWriter stderr, string verb, string? warehousePath)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(stderr);
        switch (error)
        {
            case OperationCanceledException:
                stderr.WriteLine("cancelled: what was committed before stays whole; a submission in flight was rolled back.");
                return ExitCodes.Cancelled;
            case WarehouseBusyException busy:
                stderr.WriteLine($"error: {busy.Message}");
                return ExitCodes.WarehouseBusy;
            case SettingsException or OptionsValidationException:
                stderr.WriteLine($"error: {(error is OptionsValidationException o ? string.Join(" ", o.Failures) : error.Message)}");
                return ExitCodes.Error;
            case InvalidOperationException when Settings.Unreadable(error) is { } sentence:
                stderr.WriteLine($"error: {sentence}");
                return ExitCodes.Error;
        }
        if (ForeignLock.From(error, warehousePath) is { } foreign)
        {
            stderr.WriteLine($"error: {foreign.Message}");
            return ExitCodes.WarehouseBusy;
        }
        if (error is (ArgumentException and not ArgumentNullException) or IOException or UnauthorizedAccessException
            or InvalidDataException)
        {
            stderr.WriteLine($"error: {error.Message}");
            return ExitCodes.Error;
        }
        var reference = Reference();
        var log = ErrorLog.PathFor(warehousePath);
        try
        {
            ErrorLog.Write(log, reference, verb, error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log = $"nowhere: the log file could not be written ({e.Message})";
        }
        stderr.WriteLine($"error: {FirstLine(error.Message)} (reference {reference}; details in {log})");
        return ExitCodes.Error;
    }

    private static string Reference() => string.Create(6, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++) span[i] = ReferenceLetters[RandomNumberGenerator.GetInt32(ReferenceLetters.Length)];
    });

    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd('\r', '.');
}
