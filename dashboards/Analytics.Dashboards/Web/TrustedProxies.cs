using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace Analytics.Dashboards.Web;

/// <summary>The forwarded-headers settings from <see cref="DashboardSessionOptions"/>: X-Forwarded-For and
/// X-Forwarded-Proto are believed from the loopback addresses and the configured proxies and networks
/// only, one hop deep (the proxy in front of the server), so a client elsewhere cannot claim another
/// address or HTTPS.</summary>
internal static class TrustedProxies
{
    public static ForwardedHeadersOptions Headers(DashboardSessionOptions sessions)
    {
        var headers = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        // The defaults are the loopback addresses already; add the configured ones.
        foreach (var proxy in sessions.TrustedProxies)
            headers.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address) ? address
                : throw new ArgumentException($"Dashboard:Sessions:TrustedProxies: '{proxy}' is not an IP address"));
        foreach (var network in sessions.TrustedNetworks)
            headers.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed) ? parsed
                : throw new ArgumentException($"Dashboard:Sessions:TrustedNetworks: '{network}' is not a network such as 10.0.0.0/24"));
        return headers;
    }
}
