using Analytics.Warehouse.Store;
using static Analytics.Etl.Decoding.Vocabulary;

namespace Analytics.Etl.Validation;

// units.csv, people.csv and positions.csv.
internal sealed partial class RowValidator
{
    private const string UnitKinds =
        "party_committee, grassroots_party_org, party_cell, leadership_collective, government_body, agency, fatherland_front, mass_org";

    public Fault? Unit(out UnitRow row)
    {
        row = default;
        if (Structure() is { } f) return f;
        if (Required("unit_code", out var code) is { } f1) return f1;
        if (Required("unit_name", out var name) is { } f2) return f2;
        if (Vocabulary("unit_kind", TryUnitKind, k => k, UnitKinds, true, out var kind) is { } f3) return f3;
        if (OptionalDate("valid_from", out var from) is { } f4) return f4;
        if (OptionalDate("valid_to", out var to) is { } f5) return f5;
        if (from is { } a && to is { } b && b < a)
            return new Fault("valid_to", Reasons.DateOrder, $"valid_to {b:yyyy-MM-dd} is before valid_from {a:yyyy-MM-dd}");
        row = new UnitRow(_fileNo, Line, code, name, kind!, Cell("parent_code"), Cell("counterpart_code"), Cell("area_code"),
            from, to, Cell("successor_code"), _row.Extra);
        return null;
    }

    public Fault? Person(out PersonRow row)
    {
        row = default;
        if (Structure() is { } f) return f;
        if (Required("person_id", out var id) is { } f1) return f1;
        if (Required("full_name", out var name) is { } f2) return f2;
        if (OptionalInt("birth_year", 1900, 2100, out var birth) is { } f3) return f3;
        if (Vocabulary("gender", TryGender, g => g, "male (nam), female (nữ), other", false, out var gender) is { } f4) return f4;
        bool? member = null;
        if (Cell("party_member") is { } m)
        {
            if (!TryBool(m, out var yes))
                return new Fault("party_member", Reasons.BadValue, $"'party_member' value '{m}' is not true/false (có/không)");
            member = yes;
        }
        if (OptionalDate("admitted_on", out var admitted) is { } f5) return f5;
        // people.csv rows always stage their identity (with the name); no separate identity row.
        row = new PersonRow(_fileNo, Line, _keys.KeyOf(id), id, name, (short?)birth, gender, member, admitted, _row.Extra);
        return null;
    }

    public Fault? Position(out PositionRow row)
    {
        row = default;
        if (Structure() is { } f) return f;
        if (Required("person_id", out var id) is { } f1) return f1;
        if (Required("unit_code", out var unit) is { } f2) return f2;
        if (Vocabulary("role", TryPositionRole, StoredVocabulary.PositionRole, "member, head, deputy, staff", true, out var role) is { } f3)
            return f3;
        if (Required("valid_from", out _) is { } f4) return f4;
        if (OptionalDate("valid_from", out var from) is { } f5) return f5;
        if (OptionalDate("valid_to", out var to) is { } f6) return f6;
        if (to is { } b && b < from!.Value)
            return new Fault("valid_to", Reasons.DateOrder, $"valid_to {b:yyyy-MM-dd} is before valid_from {from:yyyy-MM-dd}");
        if (KnownUnit("unit_code", unit) is { } f7) return f7;
        row = new PositionRow(_fileNo, Line, Person(id), unit, role, from!.Value, to, _row.Extra);
        return null;
    }
}
