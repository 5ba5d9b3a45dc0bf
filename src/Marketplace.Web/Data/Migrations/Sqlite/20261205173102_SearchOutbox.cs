using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchOutbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EnqueuedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchOutbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchOutbox_EnqueuedAt",
                table: "SearchOutbox",
                column: "EnqueuedAt");

            // Every content write enqueues its document's key in the same transaction, raw SQL included; what exists already is enqueued once.
            foreach (var sql in Marketplace.Web.Features.Search.Indexing.OutboxTriggersSqlite.Create())
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Marketplace.Web.Features.Search.Indexing.OutboxTriggersSqlite.Drop())
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropTable(
                name: "SearchOutbox");
        }
    }
}
