using Analytics.Warehouse.Store;

namespace Analytics.Warehouse.Tests.Helpers;

/// <summary>Small builders of staged rows with sensible defaults.</summary>
internal static class Rows
{
    public static UnitRow Unit(string code, string name = "Chi bộ 1", long line = 2, DateOnly? from = null, string kind = "party_cell") =>
        new("units.csv", line, code, name, kind, "DU", null, "TP", from, null, null, null);

    public static RatingRow Rating(string recordId, string unit = "CB01", byte? level = 3, int revision = 0, long line = 2,
        string subject = "k1", string channel = "final", string period = "2024") =>
        new("ratings.csv", line, recordId, revision, period, "year", short.Parse(period[..4], System.Globalization.CultureInfo.InvariantCulture),
            "person", subject, "DV-" + subject, unit, "party_member", channel, level, level?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not_rated",
            false, null, "none", null, null, null);

    public static BatchInfo Info(string hash) => new("test", "csv-folder", "/tmp/" + hash, hash);
}
