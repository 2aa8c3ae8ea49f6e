package inspect

import (
	"github.com/datamove/datamove/dsn"

	"strings"
	"testing"

	"github.com/datamove/datamove/internal/testdb"
	"github.com/datamove/datamove/schema"
)

// myAwkward is the MariaDB counterpart of pgAwkward: mixed-case and reserved names, composite
// and self-referencing keys, a prefix unique index that must be left out, auto_increment,
// virtual and stored generated columns, MariaDB's JSON-as-LONGTEXT and every common type.
var myAwkward = []string{
	"CREATE TABLE customers (" +
		" CustomerID bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY," +
		" email varchar(255) COLLATE utf8mb4_general_ci NOT NULL," +
		" name varchar(100) NOT NULL DEFAULT ''," +
		" active boolean NOT NULL DEFAULT true," +
		" created_at timestamp NOT NULL DEFAULT current_timestamp()," +
		" UNIQUE KEY customers_email_key (email)," +
		" UNIQUE KEY customers_name_prefix (name(10))," + // a prefix: left out
		" UNIQUE KEY customers_name_email (name, email))",
	"CREATE TABLE `order` (" +
		" id int NOT NULL AUTO_INCREMENT PRIMARY KEY," +
		" CustomerID bigint unsigned NOT NULL," +
		" parent_id int," +
		" `group` smallint," +
		" `select` text," +
		" status enum('new','Paid','it''s') NOT NULL DEFAULT 'new'," +
		" total decimal(10,2) NOT NULL DEFAULT 0," +
		" tax decimal(10,2)," +
		" total_with_tax decimal(12,2) AS (total + COALESCE(tax, 0)) STORED," +
		" ratio float, score double," +
		" tiny tinyint unsigned, medium mediumint, small smallint unsigned, big bigint," +
		" placed_on date DEFAULT '2024-01-01', placed_at time, created datetime(6), ts timestamp(3) NULL DEFAULT NULL," +
		" payload json, raw blob, hash varbinary(32), code char(3)," +
		" note varchar(20) DEFAULT 'it''s \\\\ NULL'," +
		" CONSTRAINT order_customer_fk FOREIGN KEY (CustomerID) REFERENCES customers (CustomerID) ON DELETE CASCADE," +
		" CONSTRAINT order_parent_fk FOREIGN KEY (parent_id) REFERENCES `order` (id))",
	"CREATE TABLE `Order Items` (" +
		" order_id int NOT NULL, line smallint NOT NULL, `user` varchar(40), `key` varchar(40)," +
		" qty int NOT NULL CHECK (qty > 0), qty2 int AS (qty * 2) VIRTUAL," +
		" PRIMARY KEY (order_id, line)," +
		" UNIQUE KEY user_key (`user`, `key`)," +
		" CONSTRAINT items_order_fk FOREIGN KEY (order_id) REFERENCES `order` (id) ON DELETE RESTRICT)",
	"CREATE TABLE shipments (order_id int, line smallint, shipped_at datetime," +
		" CONSTRAINT shipments_item_fk FOREIGN KEY (order_id, line) REFERENCES `Order Items` (order_id, line) ON DELETE SET NULL)",
	"CREATE VIEW big_orders AS SELECT * FROM `order` WHERE total > 1000",
}

func TestInspectMariaDB(t *testing.T) {
	db := testdb.MySQL(t)
	db.Exec(t, myAwkward...)
	d, snapshot := inspectTwice(t, db.DSN, Options{})

	if d.Dialect != schema.MariaDB || d.Schema != db.Name || !strings.Contains(d.ServerVersion, "MariaDB") {
		t.Errorf("dialect %q, schema %q, server version %q", d.Dialect, d.Schema, d.ServerVersion)
	}
	col := func(name, typ string, nullable bool) *schema.Column {
		return &schema.Column{Name: name, Type: typ, Nullable: nullable}
	}
	with := func(c *schema.Column, f func(*schema.Column)) *schema.Column { f(c); return c }
	checkTables(t, d, []*schema.Table{
		{
			Name:       "Order Items",
			PrimaryKey: []string{"order_id", "line"},
			Columns: []*schema.Column{
				col("order_id", "int(11)", false),
				col("line", "smallint(6)", false),
				col("user", "varchar(40)", true),
				col("key", "varchar(40)", true),
				col("qty", "int(11)", false),
				with(col("qty2", "int(11)", true), func(c *schema.Column) { c.Generated = "`qty` * 2" }),
			},
			Uniques: []*schema.Unique{{Name: "user_key", Columns: []string{"user", "key"}}},
			ForeignKeys: []*schema.ForeignKey{{Name: "items_order_fk", Columns: []string{"order_id"},
				RefTable: "order", RefColumns: []string{"id"}}}, // RESTRICT is InnoDB's default: ""
		},
		{
			Name:       "customers",
			PrimaryKey: []string{"CustomerID"},
			Columns: []*schema.Column{
				with(col("CustomerID", "bigint(20) unsigned", false), func(c *schema.Column) { c.Identity = schema.IdentityAutoIncrement }),
				with(col("email", "varchar(255)", false), func(c *schema.Column) { c.Collation = "utf8mb4_general_ci" }),
				with(col("name", "varchar(100)", false), func(c *schema.Column) { c.Default = "''" }),
				with(col("active", "tinyint(1)", false), func(c *schema.Column) { c.Default = "1" }),
				with(col("created_at", "timestamp", false), func(c *schema.Column) { c.Default = "current_timestamp()" }),
			},
			Uniques: []*schema.Unique{
				{Name: "customers_email_key", Columns: []string{"email"}},
				{Name: "customers_name_email", Columns: []string{"name", "email"}},
			},
		},
		{
			Name:       "order",
			PrimaryKey: []string{"id"},
			Columns: []*schema.Column{
				with(col("id", "int(11)", false), func(c *schema.Column) { c.Identity = schema.IdentityAutoIncrement }),
				col("CustomerID", "bigint(20) unsigned", false),
				col("parent_id", "int(11)", true),
				col("group", "smallint(6)", true),
				col("select", "text", true),
				with(col("status", "enum('new','Paid','it''s')", false), func(c *schema.Column) { c.Default = "'new'" }),
				with(col("total", "decimal(10,2)", false), func(c *schema.Column) { c.Default = "0.00" }),
				col("tax", "decimal(10,2)", true),
				with(col("total_with_tax", "decimal(12,2)", true), func(c *schema.Column) { c.Generated = "`total` + coalesce(`tax`,0)" }),
				col("ratio", "float", true),
				col("score", "double", true),
				col("tiny", "tinyint(3) unsigned", true),
				col("medium", "mediumint(9)", true),
				col("small", "smallint(5) unsigned", true),
				col("big", "bigint(20)", true),
				with(col("placed_on", "date", true), func(c *schema.Column) { c.Default = "'2024-01-01'" }),
				col("placed_at", "time", true),
				col("created", "datetime(6)", true),
				col("ts", "timestamp(3)", true),
				col("payload", "json", true),
				col("raw", "blob", true),
				col("hash", "varbinary(32)", true),
				col("code", "char(3)", true),
				with(col("note", "varchar(20)", true), func(c *schema.Column) { c.Default = `'it''s \\ NULL'` }),
			},
			ForeignKeys: []*schema.ForeignKey{
				{Name: "order_customer_fk", Columns: []string{"CustomerID"}, RefTable: "customers", RefColumns: []string{"CustomerID"}, OnDelete: "CASCADE"},
				{Name: "order_parent_fk", Columns: []string{"parent_id"}, RefTable: "order", RefColumns: []string{"id"}},
			},
		},
		{
			Name:    "shipments",
			Columns: []*schema.Column{col("order_id", "int(11)", true), col("line", "smallint(6)", true), col("shipped_at", "datetime", true)},
			ForeignKeys: []*schema.ForeignKey{{Name: "shipments_item_fk", Columns: []string{"order_id", "line"},
				RefTable: "Order Items", RefColumns: []string{"order_id", "line"}, OnDelete: "SET NULL"}},
		},
	})
	checkKinds(t, d, map[string]schema.Kind{
		"Order Items.line": schema.KindInt, "Order Items.user": schema.KindText,
		"customers.CustomerID": schema.KindInt, "customers.email": schema.KindText, "customers.active": schema.KindBool,
		"customers.created_at": schema.KindTimestampTZ,
		"order.id":             schema.KindInt, "order.group": schema.KindInt, "order.select": schema.KindText, "order.status": schema.KindEnum,
		"order.total": schema.KindDecimal, "order.ratio": schema.KindFloat, "order.score": schema.KindFloat,
		"order.tiny": schema.KindInt, "order.medium": schema.KindInt, "order.small": schema.KindInt, "order.big": schema.KindInt,
		"order.placed_on": schema.KindDate, "order.placed_at": schema.KindTime, "order.created": schema.KindTimestamp,
		"order.ts": schema.KindTimestampTZ, "order.payload": schema.KindJSON, "order.raw": schema.KindBytes,
		"order.hash": schema.KindBytes, "order.code": schema.KindText, "order.note": schema.KindText,
	})
	orders := d.Table("order")
	if ty := schema.ParseType(d.Dialect, orders.Column("status").Type); strings.Join(ty.Values, "|") != "new|Paid|it's" {
		t.Errorf("order.status values = %q", ty.Values)
	}
	if ty := schema.ParseType(d.Dialect, orders.Column("small").Type); !ty.Unsigned || ty.Bits != 16 {
		t.Errorf("order.small = %s, want int16 unsigned", ty)
	}
	if ty := schema.ParseType(d.Dialect, orders.Column("ts").Type); ty.FSP != 3 {
		t.Errorf("order.ts FSP = %d, want 3", ty.FSP)
	}
	checkGolden(t, d.Dialect+".hcl", snapshot, db.Name)
}

func TestInspectMariaDBTablesAndSchemas(t *testing.T) {
	db := testdb.MySQL(t)
	db.Exec(t, myAwkward...)
	ctx := testContext(t)

	d, err := Inspect(ctx, db.DSN, Options{Tables: []string{"Order Items", "order"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.TableNames(); strings.Join(got, "|") != "Order Items|order" {
		t.Errorf("tables = %q", got)
	}
	_, err = Inspect(ctx, db.DSN, Options{Tables: []string{"orders"}})
	checkErr(t, err, "", `no table "orders" (did you mean "order"?) in schema "`+db.Name+`"`)
	_, err = Inspect(ctx, db.DSN, Options{Tables: []string{"big_orders"}}) // a view is no table
	checkErr(t, err, "", `no table "big_orders"`)

	// A DSN without a database needs Options.Schema; the URL form reaches the same database.
	base := strings.TrimSuffix(testdb.MySQLAdminDSN(), "/")
	_, err = Inspect(ctx, base+"/", Options{})
	checkErr(t, err, "", "names no database")
	d, err = Inspect(ctx, base+"/", Options{Schema: db.Name, Tables: []string{"customers"}})
	if err != nil || d.Schema != db.Name || len(d.Tables) != 1 {
		t.Errorf("Options.Schema: %v, %+v", err, d)
	}
	cfg, err := dsn.MySQLConfig(db.DSN)
	if err != nil {
		t.Fatal(err)
	}
	url := "mariadb://" + cfg.User + "@" + cfg.Addr + "/" + db.Name + "?parseTime=true"
	viaURL, err := Inspect(ctx, url, Options{})
	if err != nil {
		t.Fatalf("Inspect(%s): %v", url, err)
	}
	full, err := Inspect(ctx, db.DSN, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if string(schema.Write(viaURL)) != string(schema.Write(full)) {
		t.Errorf("the URL form reads another snapshot than the driver DSN")
	}
	_, err = Inspect(ctx, base+"/dm_no_such_database", Options{})
	checkErr(t, err, "", "dm_no_such_database")
}

func TestInspectMariaDBErrors(t *testing.T) {
	ctx := testContext(t)
	const secret = "s3cret-Pw"
	cfg, err := dsn.MySQLConfig(testdb.MySQLAdminDSN())
	if err != nil {
		t.Fatal(err)
	}
	// A wrong password on a server that checks it.
	_, err = Inspect(ctx, cfg.User+":"+secret+"@tcp("+cfg.Addr+")/mysql", Options{})
	checkErr(t, err, secret, cfg.User+":xxxxx@tcp("+cfg.Addr+")/mysql")
	_, err = Inspect(ctx, "mysql://"+cfg.User+":"+secret+"@"+cfg.Addr+"/mysql", Options{})
	checkErr(t, err, secret, "mysql://"+cfg.User+":xxxxx@"+cfg.Addr+"/mysql")
	// Nothing listens on port 1.
	_, err = Inspect(ctx, "u:"+secret+"@tcp(127.0.0.1:1)/db?timeout=5s", Options{})
	checkErr(t, err, secret, "u:xxxxx@tcp(127.0.0.1:1)/db")
}
