using System.Security.Cryptography;
using System.Text;
using Analytics.Warehouse.Store;

namespace Analytics.App;

/// <summary>The HMAC secret that pseudonymises person ids (and keys finding ids). From
/// ANALYTICS_PSEUDONYM_KEY when set (never commit it); otherwise a random key in pseudonym.key beside the
/// warehouse file, created once, so the embedded demo needs no set-up. Whichever it is, it must be the
/// warehouse's own: the warehouse records the key's fingerprint, and a run with another key — the
/// variable set for `serve` but not for the CLI, a lost key file — is refused before it changes anything,
/// because going on would give every member a second key and split their history.</summary>
internal static class PseudonymSecret
{
    public const string Variable = "ANALYTICS_PSEUDONYM_KEY";

    /// <summary>The key file's name, beside the warehouse file.</summary>
    public const string FileName = "pseudonym.key";

    /// <summary>This run's secret, bound to the open warehouse (<see cref="WarehouseStore.BindKey"/>); the
    /// bytes are what the loader's PersonKeys takes. A new key file is made only for a warehouse that
    /// holds no pseudonymised person yet.</summary>
    public static byte[] Bind(WarehouseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var file = FileFor(store.Path);
        var (secret, origin) = Resolve(store, file);
        try
        {
            store.BindKey(secret);
        }
        catch (PseudonymKeyMismatchException e)
        {
            var recorded = e.Recorded is { } fingerprint ? $"the key of fingerprint {fingerprint[..12]}" : "another key";
            throw new InvalidDataException(
                $"{store.Path} was pseudonymised with {recorded}, not this run's key from {origin} (fingerprint {e.Offered[..12]}): " +
                $"run with the warehouse's own key — the same {Variable} as `analytics serve`, or its key file {file} restored " +
                "from backup; nothing was changed", e);
        }
        return secret;
    }

    /// <summary>Where the key file of a warehouse lives.</summary>
    public static string FileFor(string warehousePath) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(warehousePath))!, FileName);

    private static (byte[] Secret, string Origin) Resolve(WarehouseStore store, string file)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            var bytes = Encoding.UTF8.GetBytes(configured);
            if (bytes.Length < PseudonymKey.MinimumBytes)
                throw new ArgumentException($"{Variable} must be at least {PseudonymKey.MinimumBytes} characters");
            return (bytes, Variable);
        }
        if (File.Exists(file)) return (ReadOrCreate(file), file);   // read under the creators' lock
        var (fingerprint, holdsPersons) = store.KeyState();
        if (fingerprint is not null || holdsPersons)
            throw new InvalidDataException(
                $"{store.Path} was pseudonymised with a key this run does not have ({file} is missing and {Variable} is not set): " +
                $"restore the key file from backup or set {Variable} as `analytics serve` has it; " +
                "a new key would give every member a second key");
        return (ReadOrCreate(file), file);
    }

    /// <summary>The key in <paramref name="file"/>, created if absent or empty. The file is opened owner-only
    /// (0600 from its creation) and held exclusively (an advisory lock) while it is read or written, so when
    /// runs race — several CLI verbs and a server starting at once — exactly one writes the key and every
    /// other waits for the lock and reads that key. (Moving a finished temporary file into place without
    /// overwriting let two of eight racing runs end with different keys in CI; the lock leaves no such window.)</summary>
    internal static byte[] ReadOrCreate(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var stream = new FileStream(file, options);
                if (stream.Length > 0)
                {
                    using var reader = new StreamReader(stream, Encoding.ASCII);
                    return Parse(file, reader.ReadToEnd());
                }
                var key = RandomNumberGenerator.GetBytes(32);
                stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
                stream.Flush(flushToDisk: true);
                return key;
            }
            catch (IOException) when (attempt < LockAttempts)
            {
                Thread.Sleep(10);   // another run holds the file: it is writing or reading the key
            }
        }
    }

    private const int LockAttempts = 500;   // 5 s of waiting for another run's lock

    private static byte[] Parse(string file, string text)
    {
        var bad = $"{file} is not a pseudonym key file (base64 of at least {PseudonymKey.MinimumBytes} bytes): restore it from backup";
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException e)
        {
            throw new InvalidDataException(bad, e);
        }
        return key.Length >= PseudonymKey.MinimumBytes ? key : throw new InvalidDataException(bad);
    }
}
