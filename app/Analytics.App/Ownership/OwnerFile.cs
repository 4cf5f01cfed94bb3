using System.Diagnostics;
using System.Text.Json;

namespace Analytics.App.Ownership;

/// <summary>The file by which `analytics serve` says that it owns a warehouse: WAREHOUSE.owner beside it,
/// holding the server's process id and start time, the loopback address of its command endpoint and a
/// secret made at each start. Only the OS user who runs the server can read it (mode 0600, written
/// whole by a rename), so only that user can drive the server. It is stale when its process is gone
/// (or the id now belongs to another process); the server deletes it when it stops.</summary>
internal sealed record OwnerFile(int Pid, DateTime ProcessStarted, string Url, string Token, string Warehouse, DateTimeOffset Since)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The owner file of a warehouse file.</summary>
    public static string PathFor(string warehousePath) => Path.GetFullPath(warehousePath) + ".owner";

    /// <summary>Writes the file with mode 0600 from its first byte, then renames it into place.</summary>
    public void Write()
    {
        var path = PathFor(Warehouse);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temporary, options))
            JsonSerializer.Serialize(stream, this, Json);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The live owner of the warehouse, or null when there is none (a stale file is removed).
    /// Throws <see cref="UnauthorizedAccessException"/> when the file belongs to another OS user.</summary>
    public static OwnerFile? Find(string warehousePath)
    {
        var path = PathFor(warehousePath);
        OwnerFile? owner;
        try
        {
            owner = JsonSerializer.Deserialize<OwnerFile>(File.ReadAllText(path), Json);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (JsonException)
        {
            owner = null;   // half a file from another era: treat as stale
        }
        if (owner is not null && owner.IsAlive()) return owner;
        TryDelete(path);
        return null;
    }

    /// <summary>Removes the file if it is still this owner's (a newer server may have replaced it).</summary>
    public void Remove()
    {
        var path = PathFor(Warehouse);
        try
        {
            if (JsonSerializer.Deserialize<OwnerFile>(File.ReadAllText(path), Json)?.Token == Token) File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // Nothing to clean: gone already, or not ours.
        }
    }

    /// <summary>This process, for the file it is about to write.</summary>
    public static (int Pid, DateTime Started) CurrentProcess()
    {
        using var self = Process.GetCurrentProcess();
        return (self.Id, self.StartTime.ToUniversalTime());
    }

    private bool IsAlive()
    {
        try
        {
            using var process = Process.GetProcessById(Pid);
            // A recycled process id belongs to a process that started later than the server did.
            return !process.HasExited && (process.StartTime.ToUniversalTime() - ProcessStarted).Duration() < TimeSpan.FromSeconds(2);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another client removed it first, or the folder is read-only: the next start overwrites it.
        }
    }
}
