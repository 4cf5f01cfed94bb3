namespace Analytics.Dashboards.Web.Data;

/// <summary>How a person appears to a viewer without personal-data rights: the warehouse's own
/// pseudonymous key (the HMAC of the source id), never the id or the name.</summary>
internal static class Pseudonyms
{
    public static string Of(long personKey) => "P-" + personKey.ToString("X16", System.Globalization.CultureInfo.InvariantCulture);
}
