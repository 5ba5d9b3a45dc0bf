using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marketplace.Web.Features.Maintenance;

/// <summary>
/// Multi-row parameterized INSERTs of <typeparamref name="T"/> through the context's own connection and transaction, for
/// generated load data only: a million rows through the change tracker take minutes, this takes seconds. Table, column
/// names and value conversions come from the EF Core model, so the same code writes SQLite (dates as sortable integers)
/// and PostgreSQL (timestamptz) exactly as EF Core would. Generated keys are not read back.
/// </summary>
internal sealed class BulkInsert<T>
{
    private readonly DbContext _db;
    private readonly (Func<T, object?> Value, ValueConverter? Converter)[] _columns;
    private readonly string _head;
    private readonly int _rowsPerStatement;
    private readonly Dictionary<int, string> _sql = [];

    public BulkInsert(DbContext db, params (string Property, Func<T, object?> Value)[] columns)
    {
        _db = db;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var names = new List<string>();
        _columns = new (Func<T, object?>, ValueConverter?)[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var property = entity.FindProperty(columns[i].Property) ?? throw new InvalidOperationException($"{typeof(T).Name} has no {columns[i].Property}.");
            names.Add(Quote(property.GetColumnName(table)!));
            _columns[i] = (columns[i].Value, property.GetTypeMapping().Converter);
        }

        var schema = table.Schema is null ? "" : Quote(table.Schema) + ".";
        _head = $"INSERT INTO {schema}{Quote(table.Name)} ({string.Join(", ", names)}) VALUES ";

        // SQLite finds each named parameter by a linear search, so its statements stay small (and are prepared once);
        // PostgreSQL gains from fewer round trips, well under its 65,535 parameters per statement.
        var sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
        _rowsPerStatement = Math.Max(1, (sqlite ? 100 : 16_000) / columns.Length);
    }

    /// <summary>Inserts <paramref name="rows"/> inside the context's current transaction, reusing one prepared statement per size.</summary>
    public async Task InsertAsync(IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var transaction = _db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside a transaction: begin one on the context first.");
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += _rowsPerStatement)
            {
                var count = Math.Min(_rowsPerStatement, rows.Count - start);
                var command = count == _rowsPerStatement ? full ??= Command(transaction, count) : Command(transaction, count);
                for (var row = 0; row < count; row++)
                {
                    var item = rows[start + row];
                    for (var column = 0; column < _columns.Length; column++)
                    {
                        var (value, converter) = _columns[column];
                        var raw = value(item);
                        command.Parameters[(row * _columns.Length) + column].Value =
                            (raw is null ? null : converter is null ? raw : converter.ConvertToProvider(raw)) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private DbCommand Command(DbTransaction transaction, int rows)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql(rows);
        for (var i = 0; i < rows * _columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private string Sql(int rows)
    {
        if (_sql.TryGetValue(rows, out var sql))
        {
            return sql;
        }

        var text = new StringBuilder(_head);
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < _columns.Length; column++)
            {
                text.Append(column == 0 ? "@p" : ", @p").Append((row * _columns.Length) + column);
            }

            text.Append(')');
        }

        return _sql[rows] = text.ToString();
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
