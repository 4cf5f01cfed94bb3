using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Analytics.App.Ownership;

/// <summary>`--urls` (or Serve:Urls) as Kestrel listeners. Kestrel drops UseUrls once any listener is
/// configured in code, and the command endpoint needs one of its own, so the dashboard's addresses are
/// configured here too: http only (put a TLS reverse proxy in front), ";"-separated, host an IP address,
/// localhost, or * / + / a name for every address.</summary>
internal static partial class ListenAddresses
{
    public static void Apply(KestrelServerOptions kestrel, string urls)
    {
        ArgumentNullException.ThrowIfNull(kestrel);
        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = Http().Match(url);
            if (!m.Success)
                throw new ArgumentException($"--urls '{url}' is not an address serve can listen on: use http://HOST:PORT " +
                    "(HOST an IP address, localhost or *); put a TLS reverse proxy in front for https.");
            var host = m.Groups["host"].Value.Trim('[', ']');
            var port = int.Parse(m.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (host == "localhost") kestrel.ListenLocalhost(port);
            else if (IPAddress.TryParse(host, out var address)) kestrel.Listen(address, port);
            else kestrel.ListenAnyIP(port);
        }
    }

    [GeneratedRegex(@"^http://(?<host>\[[0-9a-fA-F:.]+\]|[^:/\[\]]+):(?<port>\d{1,5})/?$")]
    private static partial Regex Http();
}
