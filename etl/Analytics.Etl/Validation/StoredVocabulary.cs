using Analytics.Etl.Decoding;
using Analytics.Warehouse.Store;

namespace Analytics.Etl.Validation;

/// <summary>From the canonical names of docs/interchange.md (what <see cref="Decoding.Vocabulary"/> returns)
/// to the warehouse's stored enums.</summary>
internal static class StoredVocabulary
{
    public static RatingRole RatingRole(string role) => role switch
    {
        "organisation" => Analytics.Warehouse.Store.RatingRole.Organisation,
        "collective" => Analytics.Warehouse.Store.RatingRole.Collective,
        "party_member" => Analytics.Warehouse.Store.RatingRole.PartyMember,
        "leader" => Analytics.Warehouse.Store.RatingRole.Leader,
        _ => Analytics.Warehouse.Store.RatingRole.CivilServant,
    };

    public static RatingChannel Channel(string channel) => channel switch
    {
        "self" => RatingChannel.Self,
        "proposed" => RatingChannel.Proposed,
        _ => RatingChannel.Final,
    };

    public static SubjectKind SubjectKind(string kind) =>
        kind == "unit" ? Analytics.Warehouse.Store.SubjectKind.Unit : Analytics.Warehouse.Store.SubjectKind.Person;

    public static Discipline Discipline(string discipline) => discipline switch
    {
        "reprimand" => Analytics.Warehouse.Store.Discipline.Reprimand,
        "warning" => Analytics.Warehouse.Store.Discipline.Warning,
        "removal" => Analytics.Warehouse.Store.Discipline.Removal,
        "dismissal" => Analytics.Warehouse.Store.Discipline.Dismissal,
        "expulsion" => Analytics.Warehouse.Store.Discipline.Expulsion,
        _ => Analytics.Warehouse.Store.Discipline.None,
    };

    public static PositionRole PositionRole(string role) => role switch
    {
        "head" => Analytics.Warehouse.Store.PositionRole.Head,
        "deputy" => Analytics.Warehouse.Store.PositionRole.Deputy,
        "staff" => Analytics.Warehouse.Store.PositionRole.Staff,
        _ => Analytics.Warehouse.Store.PositionRole.Member,
    };

    public static Sentiment Sentiment(string sentiment) => sentiment switch
    {
        "positive" => Analytics.Warehouse.Store.Sentiment.Positive,
        "negative" => Analytics.Warehouse.Store.Sentiment.Negative,
        _ => Analytics.Warehouse.Store.Sentiment.None,
    };

    public static StoredPeriod Period(Period period) => new(
        period.Kind switch { PeriodKind.Year => PeriodGrain.Year, PeriodKind.Quarter => PeriodGrain.Quarter, _ => PeriodGrain.Month },
        (short)period.Year, (byte)period.Number);
}
