namespace Analytics.Warehouse.Trends;

/// <summary>Whose levels a distribution counts: party members (persons, role party_member unless the
/// filter names another person role) or party organisations (units, role organisation).</summary>
public enum RatedSubjects
{
    Members,
    Organisations,
}
