namespace Analytics.Synthetic;

// The people of the group: members cell by cell (the head first, then the civil servants who are
// members, then everyone else), the civil servants who are not members, and who sits where after a merger.
internal sealed partial class GroupGenerator
{
    private void CreatePeople()
    {
        int memberNumber = _group.FirstMemberNumber;
        int staffNumber = _group.FirstStaffNumber;
        var oldSlots = _blocs.Where(b => b.Plan.Kind != BlocKind.MergedCommune).ToList();
        foreach (var bloc in oldSlots)
        {
            var plan = bloc.Plan;
            int cell = 0, leftInCell = plan.Cells[0].Size;
            for (int i = 0; i < plan.Members; i++)
            {
                while (leftInCell == 0)
                {
                    leftInCell = plan.Cells[++cell].Size;
                }

                leftInCell--;
                bool pinned = plan.Index == 0 && i == 1;
                bool head = i == 0;
                bool staff = !head && !pinned && (plan.IsAgency || i <= plan.StaffMembers);
                var identity = pinned ? _layout.ProvinceHead : NewMember(PersonIdentity.MemberId(memberNumber), head || staff);
                memberNumber++;
                var person = new Person(identity, bloc.Slot, cell) { Staff = staff, Pinned = pinned };
                int index = _people.Count;
                _people.Add(person);
                bloc.CellMembers[cell].Add(index);
                if (staff)
                {
                    bloc.Staff.Add(index);
                }

                if (head)
                {
                    bloc.Head = index;
                }
            }

            for (int s = plan.StaffMembers; s < plan.Staff; s++)
            {
                bool female = _rng.Chance(0.5);
                var identity = new PersonIdentity(PersonIdentity.StaffId(staffNumber++), VietnameseNames.Full(_rng, female),
                    female, _rng.Between(1966, 2001), null);
                bloc.Staff.Add(_people.Count);
                _people.Add(new Person(identity, bloc.Slot, -1) { Staff = true });
            }
        }

        if (_group.MergedBloc >= 0)
        {
            Merge(oldSlots, _blocs[^1]);
        }
    }

    /// <summary>After 1 July 2025 the old communes' office cells sit together as one; every other cell
    /// carries on under a new code, in the order <see cref="ProvinceLayout"/> gave them; the staff pool in
    /// the new people's committee; the first old commune's head heads the new Standing Committee.</summary>
    private void Merge(List<BlocRun> oldSlots, BlocRun merged)
    {
        var offsets = new int[oldSlots.Count];
        for (int k = 1; k < oldSlots.Count; k++)
        {
            offsets[k] = offsets[k - 1] + oldSlots[k - 1].Plan.Cells.Count - 1;
        }

        for (int i = 0; i < _people.Count; i++)
        {
            var p = _people[i];
            if (p.Member)
            {
                p.MergedCell = p.HomeCell == 0 ? 0 : offsets[p.Home] + p.HomeCell;
                merged.CellMembers[p.MergedCell].Add(i);
            }

            if (p.Staff)
            {
                merged.Staff.Add(i);
            }
        }

        merged.Head = oldSlots[0].Head;
    }

    /// <summary>The successor code of an old commune's cell: its cell in the merged commune.</summary>
    private int MergedCellOf(int slot, int cell)
    {
        int offset = 0;
        for (int k = 0; k < slot; k++)
        {
            offset += _blocs[k].Plan.Cells.Count - 1;
        }

        return cell == 0 ? 0 : offset + cell;
    }

    /// <summary>A member: about a third women; most admitted before the first rating year, about 12%
    /// during the rating years (never within days of 30 June, so "less than 6 months" is unambiguous).
    /// Leaders and civil servants were admitted before.</summary>
    private PersonIdentity NewMember(string id, bool senior)
    {
        bool female = _rng.Chance(0.35);
        string name = VietnameseNames.Full(_rng, female);
        int first = _options.FirstYear;
        if (!senior && _rng.Chance(0.12))
        {
            int year = _rng.Between(first, _options.LastYear);
            DateOnly admitted;
            do
            {
                admitted = _rng.Date(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            }
            while (admitted.Month is 6 or 7 && Math.Abs(admitted.DayNumber - new DateOnly(year, 6, 30).DayNumber) <= 5);
            return new PersonIdentity(id, name, female, year - _rng.Between(18, 35), admitted);
        }

        int birth = _rng.Between(1950, first - 24);
        int admittedYear = _rng.Between(birth + 18, Math.Min(first - 1, birth + 50));
        return new PersonIdentity(id, name, female, birth,
            _rng.Date(new DateOnly(admittedYear, 1, 1), new DateOnly(admittedYear, 12, 31)));
    }
}
