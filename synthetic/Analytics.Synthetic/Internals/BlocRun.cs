namespace Analytics.Synthetic;

/// <summary>A bloc while its group is generated: its plan, its people (per cell, staff, head), the files
/// it writes, and this year's unit outcomes.</summary>
internal sealed class BlocRun(BlocPlan plan, int slot, FormalSignal[] signals, bool quotaRiding)
{
    public BlocPlan Plan { get; } = plan;
    public int Slot { get; } = slot;
    public FormalSignal[] Signals { get; } = signals;
    public bool QuotaRiding { get; } = quotaRiding;

    /// <summary>Person indices (into the group's people) sitting in each cell in this bloc's era.</summary>
    public List<int>[] CellMembers { get; } = [.. plan.Cells.Select(_ => new List<int>())];

    public List<int> Staff { get; } = [];
    public int Head { get; set; } = -1;
    public BlocFiles? Files { get; set; }

    // ---- this year ----
    /// <summary>Members present this year per cell (admitted by 31 December), rated or not.</summary>
    public List<int>[] Present { get; } = [.. plan.Cells.Select(_ => new List<int>())];
    public List<int> Rated { get; } = [];
    public Grade[] CellFinal { get; } = new Grade[plan.Cells.Count];
    public bool[] CellForced { get; } = new bool[plan.Cells.Count];
    public string? CollectiveDiscipline { get; set; }

    public bool Formal(int cell) => Signals[cell] != FormalSignal.None;
}
