using System.Security.Cryptography;
using System.Text;

namespace Analytics.App;

/// <summary>The HMAC secret that pseudonymises person ids. From ANALYTICS_PSEUDONYM_KEY when set (never
/// commit it); otherwise a random key created once beside the warehouse file, so keys stay stable
/// for that warehouse and the embedded demo needs no set-up.</summary>
internal static class PseudonymSecret
{
    public const string Variable = "ANALYTICS_PSEUDONYM_KEY";

    public static byte[] For(string warehousePath)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            var bytes = Encoding.UTF8.GetBytes(configured);
            if (bytes.Length < 16) throw new ArgumentException($"{Variable} must be at least 16 characters");
            return bytes;
        }
        var file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(warehousePath))!, "pseudonym.key");
        if (File.Exists(file)) return Convert.FromBase64String(File.ReadAllText(file).Trim());
        var key = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }
}
