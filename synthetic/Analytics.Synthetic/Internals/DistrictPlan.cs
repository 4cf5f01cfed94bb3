namespace Analytics.Synthetic;

/// <summary>A district (huyện) before 1 July 2025: its party committee <c>{Code}-HU</c> and people's
/// committee <c>{Code}-UBND</c>, delivered by the province in <c>tinh/</c>.</summary>
internal sealed record DistrictPlan(int Index, string Code, string Name)
{
    public string CommitteeCode => Code + "-HU";

    public string GovernmentCode => Code + "-UBND";
}
