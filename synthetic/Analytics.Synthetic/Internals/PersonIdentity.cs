namespace Analytics.Synthetic;

/// <summary>Who a person is, as people.csv says: id, name, gender, birth year, and the date admitted
/// to the party (null for civil servants who are not members).</summary>
internal sealed record PersonIdentity(string Id, string Name, bool Female, int BirthYear, DateOnly? Admitted)
{
    public static string MemberId(int number) => $"DV{number:0000000}";

    public static string StaffId(int number) => $"CC{number:0000000}";
}
