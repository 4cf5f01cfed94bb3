namespace Analytics.Warehouse.Store;

/// <summary>In what capacity a subject is rated (DuckDB ENUM rating_role). The order matches the ENUM's labels
/// in Schema/003_facts.sql: the Appender writes the ordinal.</summary>
public enum RatingRole : byte
{
    Organisation,
    Collective,
    PartyMember,
    Leader,
    CivilServant,
}
