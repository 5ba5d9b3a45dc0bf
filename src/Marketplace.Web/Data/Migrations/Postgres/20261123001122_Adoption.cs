using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marketplace.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Adoption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "BuildCost",
                table: "Apps",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Adoptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AppId = table.Column<int>(type: "integer", nullable: false),
                    OwnerRegionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AdopterRegionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AdopterProvinceCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ExpectedUsers = table.Column<int>(type: "integer", nullable: false),
                    RequestedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RequestedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RunningSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Support_Maintainer = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Support_Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Support_ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Support_ContactEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Support_ContactPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Support_Scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Adoptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Adoptions_Apps_AppId",
                        column: x => x.AppId,
                        principalTable: "Apps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Adoptions_Regions_AdopterRegionCode",
                        column: x => x.AdopterRegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegionInfrastructures",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Hosting = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionInfrastructures", x => x.RegionCode);
                    table.ForeignKey(
                        name: "FK_RegionInfrastructures_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdoptionEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AdoptionId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    To = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ActorRegionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdoptionEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdoptionEvents_Adoptions_AdoptionId",
                        column: x => x.AdoptionId,
                        principalTable: "Adoptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Milestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AdoptionId = table.Column<int>(type: "integer", nullable: false),
                    Area = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Responsible = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Milestones_Adoptions_AdoptionId",
                        column: x => x.AdoptionId,
                        principalTable: "Adoptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AppId = table.Column<int>(type: "integer", nullable: false),
                    AdoptionId = table.Column<int>(type: "integer", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Reply = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReplyByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReplyAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reviews_Adoptions_AdoptionId",
                        column: x => x.AdoptionId,
                        principalTable: "Adoptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reviews_Apps_AppId",
                        column: x => x.AppId,
                        principalTable: "Apps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegionServers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CpuCores = table.Column<int>(type: "integer", nullable: false),
                    RamGb = table.Column<int>(type: "integer", nullable: false),
                    StorageGb = table.Column<int>(type: "integer", nullable: false),
                    UsedCpuCores = table.Column<int>(type: "integer", nullable: false),
                    UsedRamGb = table.Column<int>(type: "integer", nullable: false),
                    UsedStorageGb = table.Column<int>(type: "integer", nullable: false),
                    Workloads = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionServers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegionServers_RegionInfrastructures_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "RegionInfrastructures",
                        principalColumn: "RegionCode",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdoptionEvents_AdoptionId_At",
                table: "AdoptionEvents",
                columns: new[] { "AdoptionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_AdopterProvinceCode_State",
                table: "Adoptions",
                columns: new[] { "AdopterProvinceCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_AdopterRegionCode_State",
                table: "Adoptions",
                columns: new[] { "AdopterRegionCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_AppId_State",
                table: "Adoptions",
                columns: new[] { "AppId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_Open",
                table: "Adoptions",
                columns: new[] { "AppId", "AdopterRegionCode" },
                unique: true,
                filter: "\"State\" IN ('Diajukan', 'Disetujui', 'Perencanaan', 'Berjalan')");

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_OwnerRegionCode_State",
                table: "Adoptions",
                columns: new[] { "OwnerRegionCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_AdoptionId_DueDate",
                table: "Milestones",
                columns: new[] { "AdoptionId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_RegionServers_RegionCode_Order",
                table: "RegionServers",
                columns: new[] { "RegionCode", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_AdoptionId",
                table: "Reviews",
                column: "AdoptionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_AppId_CreatedAt",
                table: "Reviews",
                columns: new[] { "AppId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdoptionEvents");

            migrationBuilder.DropTable(
                name: "Milestones");

            migrationBuilder.DropTable(
                name: "RegionServers");

            migrationBuilder.DropTable(
                name: "Reviews");

            migrationBuilder.DropTable(
                name: "RegionInfrastructures");

            migrationBuilder.DropTable(
                name: "Adoptions");

            migrationBuilder.DropColumn(
                name: "BuildCost",
                table: "Apps");
        }
    }
}
