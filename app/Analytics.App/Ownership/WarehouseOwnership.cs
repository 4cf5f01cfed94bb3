using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Analytics.App.Ownership;

/// <summary>What the server that owns a warehouse holds for its clients: the warehouse, the one
/// <see cref="WarehouseWriter"/>, the secret made at this start, and the command endpoint's own Kestrel
/// listener on 127.0.0.1 (an ephemeral port, whatever address the dashboard listens on).</summary>
internal sealed class WarehouseOwnership(string warehousePath) : IDisposable
{
    private readonly byte[] _token = RandomNumberGenerator.GetBytes(32);

    public string Warehouse { get; } = Path.GetFullPath(warehousePath);

    public WarehouseWriter Writer { get; } = new();

    /// <summary>The secret clients present (Authorization: Bearer), as it is written to the owner file.</summary>
    public string Token => Convert.ToBase64String(_token).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The command endpoint's listener, set when Kestrel is configured.</summary>
    public ListenOptions? Listener { get; set; }

    /// <summary>Where the command endpoint listens, once the server has started.</summary>
    public Uri Url =>
        new($"http://127.0.0.1:{Listener?.IPEndPoint?.Port ?? throw new InvalidOperationException("the command listener is not bound")}/");

    /// <summary>Whether a request came in on the command listener, from this machine.</summary>
    public bool OnCommandListener(ConnectionInfo connection) =>
        Listener?.IPEndPoint is { } endpoint && connection.LocalPort == endpoint.Port
        && connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);

    /// <summary>Whether the Authorization header carries this start's secret (compared in constant time).</summary>
    public bool Authorizes(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.Ordinal)) return false;
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(authorization[Scheme.Length..]), Encoding.ASCII.GetBytes(Token));
    }

    /// <summary>The owner file that announces this server.</summary>
    public OwnerFile OwnerFile()
    {
        var (pid, started) = Ownership.OwnerFile.CurrentProcess();
        return new OwnerFile(pid, started, Url.ToString(), Token, Warehouse, DateTimeOffset.Now);
    }

    public void Dispose() => Writer.Dispose();
}
