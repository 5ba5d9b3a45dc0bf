using System.Security.Claims;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Tests.Accounts;

public sealed class MemberApprovalRightsTests
{
    private static readonly ApplicationUser SingkawangMember = new() { RegionCode = "61.72" };

    [Fact]
    public void A_region_admin_decides_on_members_of_its_own_region() =>
        Assert.True(MemberApprovals.CanDecide(Principal("61.72", Roles.AdminWilayah), SingkawangMember));

    [Fact]
    public void A_region_admin_cannot_decide_on_another_regions_members() =>
        Assert.False(MemberApprovals.CanDecide(Principal("16.71", Roles.AdminWilayah), SingkawangMember));

    [Fact]
    public void A_province_admin_cannot_decide_on_members_of_its_cities() =>
        Assert.False(MemberApprovals.CanDecide(Principal("61", Roles.AdminWilayah), SingkawangMember));

    [Fact]
    public void An_administrator_decides_for_any_region() =>
        Assert.True(MemberApprovals.CanDecide(Principal("00.01", Roles.Administrator), SingkawangMember));

    [Theory]
    [InlineData(Roles.Anggota)]
    [InlineData(Roles.Kurator)]
    public void Members_and_curators_cannot_approve_even_in_their_region(string role) =>
        Assert.False(MemberApprovals.CanDecide(Principal("61.72", role), SingkawangMember));

    private static ClaimsPrincipal Principal(string region, string role) =>
        new(new ClaimsIdentity([new Claim(AccountClaimsFactory.RegionClaim, region), new Claim(ClaimTypes.Role, role)], "test"));
}
