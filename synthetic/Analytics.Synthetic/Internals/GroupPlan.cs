namespace Analytics.Synthetic;

/// <summary>Submissions generated together because people move between them: one commune or agency,
/// or the communes of a 2025 merger plus the commune they became. Person numbers are allotted per
/// group in layout order, so ids do not depend on which thread generates which group.</summary>
internal sealed record GroupPlan(int Index, IReadOnlyList<int> OldBlocs, int MergedBloc, int FirstMemberNumber, int FirstStaffNumber)
{
    /// <summary>Every bloc of the group, the merged one (if any) last.</summary>
    public IEnumerable<int> AllBlocs => MergedBloc >= 0 ? [.. OldBlocs, MergedBloc] : OldBlocs;
}
