using KpiWarehouse.Reference.Rows;
using KpiWarehouse.Verify.Running;

namespace KpiWarehouse.Verify.Tests;

/// <summary>The model's RLS roles mirrored over raw reps.</summary>
public sealed class RlsRolesTests
{
    private static RawRep Rep(string id, string? email, string? manager) =>
        new(id, "Name " + id, email, "BDM", "T", "North", manager, new DateOnly(2023, 1, 1), null);

    private static readonly RlsRoles Roles = new(
    [
        Rep("R1", "boss@x.com", null), Rep("R2", "Ann@X.com", "R1"), Rep("R3", null, "R1"), Rep("R4", "dan@x.com", "R2"), Rep("R5", "eve@x.com", null),
    ]);

    [Theory]
    [InlineData("Rep", "ann@x.com", "R2")]                 // e-mails compare ignoring case, as DAX text does
    [InlineData("Rep", "boss@x.com", "R1")]
    [InlineData("Manager", "boss@x.com", "R1 R2 R3")]      // its reps and itself
    [InlineData("Manager", "ann@x.com", "R2 R4")]
    [InlineData("Manager", "eve@x.com", "R5")]             // manages nobody: itself
    [InlineData("Rep", "nobody@x.com", "")]
    public void VisibleRepIds_MirrorTheRoleFilter(string role, string user, string ids) =>
        Assert.Equal(ids, string.Join(' ', Roles.VisibleRepIds(role, user)));

    [Fact]
    public void SampleUsers_RepsWithEmail_AndManagersOfSomeone()
    {
        // Rep-id order; the user is the e-mail as written in reps.csv.
        Assert.Equal(["Rep boss@x.com", "Rep Ann@X.com", "Rep dan@x.com", "Rep eve@x.com", "Manager boss@x.com", "Manager Ann@X.com"],
            Roles.SampleUsers(0).Select(u => $"{u.Role} {u.User}"));
        Assert.Equal(["Rep boss@x.com", "Rep dan@x.com", "Manager boss@x.com", "Manager Ann@X.com"], Roles.SampleUsers(2).Select(u => $"{u.Role} {u.User}"));
    }
}
