using Analytics.Warehouse.Store;

namespace Analytics.Warehouse.Tests.Helpers;

/// <summary>Small builders of staged rows with sensible defaults (file 1 of the batch).</summary>
internal static class Rows
{
    public static UnitRow Unit(string code, string name = "Chi bộ 1", long line = 2, DateOnly? from = null, string kind = "party_cell") =>
        new(1, line, code, name, kind, "DU", null, "TP", from, null, null, null);

    public static RatingRow Rating(string recordId, string unit = "CB01", byte? level = 3, int revision = 0, long line = 2,
        long person = 11, RatingChannel channel = RatingChannel.Final, short year = 2024) =>
        new(1, line, recordId, revision, new StoredPeriod(PeriodGrain.Year, year, 0), SubjectKind.Person, person, null,
            unit, RatingRole.PartyMember, channel, level, false, null, Discipline.None, null, null, null);

    public static RatingRow UnitRating(string recordId, string subject, string unit, byte level = 4, long line = 2) =>
        new(1, line, recordId, 0, new StoredPeriod(PeriodGrain.Year, 2024, 0), SubjectKind.Unit, null, subject,
            unit, RatingRole.Organisation, RatingChannel.Final, level, false, null, Discipline.None, null, null, null);

    public static BatchInfo Info(string hash) => new("test", "csv-folder", "/tmp/" + hash, hash);

    public static FileReport File(string name, string kind) => new(name, kind, "utf-8", ",", 0, 0, []);
}
