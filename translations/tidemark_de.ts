<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DownstreamModel</name>
    <message>
        <source>Double-click to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineageSceneData</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1, not diffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why modified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineageStatusStyle</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not diffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by the pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by the pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downstream of a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither changed nor downstream of a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed or impacted, but left out of the diff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a column in PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a column in prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values that are not NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL values, and their share of the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct values that are not NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average of a numeric column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (prod)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplesModel</name>
    <message>
        <source>only in prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (prod)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ci</name>
    <message>
        <source>Demo: Tidemark Coffee Roasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order margins, product sales by margin, and one spelling of ᳊ncelled”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui</name>
    <message>
        <source>the model&apos;s meta (primary-key tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column meta (primary-key: true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column tag (primary-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a uniqueness test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unique_key config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a primary_key constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column&apos;s name (id, pk, pkey or &lt;model&gt;_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo resource %1 is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo warehouse script is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the demo warehouse in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the demo warehouse failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the demo folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triggering the PR job needs the pull request&apos;s head commit: save the repository&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered by Tidemark for pull request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt Cloud run %1 started for pull request #%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dbt Cloud token: edit the integration and enter its token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token for the repository: edit the integration and enter one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::AdHocDiffWindow</name>
    <message>
        <source>Diff two tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@host/db, mysql://…, sqlite:///path.db, odbc://DSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema.table (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same connection for both tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection URL of the second table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema.table (pull request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used when a URL carries no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id, or order_no, line_no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all shared columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL condition applied to both tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount=abs:0.01, rate=rel:0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (join on one connection, hash across two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join (one connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash (checksums of key ranges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile every column (count, NULLs, distinct, min, max, mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the two tables and their key, then run the diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the connection URL of table A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the connection URL of table B, or check &quot;Same connection&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter table A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter table B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key column(s) that identify a row, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance &quot;%1&quot; is not COLUMN=abs:X or COLUMN=rel:X with X a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffing %1 and %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diff was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result: the diff failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::IntegrationDialog</name>
    <message>
        <source>New Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://github.example.com/api/v3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group/subgroup/name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (3306)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another integration is already named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tag that marks primary keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API base URL, like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must be an http(s) URL, like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the repository as owner/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the warehouse&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is a name or an address, without spaces or slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the dbt Cloud access URL, or use local artifacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the production and the pull request manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved, but not the secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jaffle Shop (main)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag or meta key that marks primary key columns in the dbt YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary &amp;key tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the repository&apos;s open pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL / Redshift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warehouse.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/warehouse.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;SN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from profiles.yml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and run SELECT 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your region&apos;s or account&apos;s URL: https://cloud.getdbt.com, https://ACCOUNT_PREFIX.us1.dbt.com, https://emea.dbt.com, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service token or personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access URL and a token to list the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production job whose runs hold the production manifest (a dbt ls job on merge to main, or the production build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts &amp;job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dbt Cloud CI job that builds pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull request job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all jobs, not only CI jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every job of the account for the pull request job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts the token can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local artifacts (instead of dbt Cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For dbt Core: read the production and pull request manifest.json from files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt manifests (manifest.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prod/target/manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roduction manifest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pr/target/manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull re&amp;quest manifest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master switch: run on pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When set, CI runs only on pull requests carrying this label; manual runs ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull request &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any base branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI runs only on pull requests whose base branch is this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom &amp;base branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest production artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts of the merge-base commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch &amp;commit selection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a run would diff more models than this, the diffs wait for a person to start them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI diff &amp;threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail on primary key issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Null or duplicate primary keys fail the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail the check on errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: an error fails the check. Off: the check succeeds with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import dbt tags and descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show dbt descriptions, tags and owners in lineage and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slim Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff only modified models; downstream models are listed and can be diffed on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff downstream exposures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the dbt exposures (dashboards, syncs, apps) the pull request affects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docs/**
*.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.gitignore syntax over the pull request&apos;s changed files, one pattern a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files to ignore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_loaded_at
_fivetran_*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.gitignore-style patterns over column names, one a line; key columns are never ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns to ignore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff a sample of large tables instead of every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of differing rows the sample may miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;lerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables with fewer rows than this are not sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (CI, #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job #%1 (not in this account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account #%1 (not visible to this token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token sees no accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 account found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs; none is a CI job, so all are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs, %2 of them CI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the open pull requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: 1 open pull request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: %2 open pull requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the connection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (SELECT 1 returned %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a dbt Cloud token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking dbt Cloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the token sees 1 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the token sees %1 accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported target “%1” of profile “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secrets from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::IntegrationListModel</name>
    <message>
        <source>%1 (cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::IntegrationListWidget</name>
    <message>
        <source>&amp;New Integration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the integration “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its settings file and its tokens and password in the keychain are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::LineageLegend</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::LineageView</name>
    <message>
        <source>Lineage graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lineage to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::LineageWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a model… (Enter: next match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights the nodes whose name or unique_id contains the text; Enter focuses the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed and downstream only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only new, modified and impacted nodes and everything downstream of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pull request to see its lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this pull request changed a model, seed or snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laid out in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::MainWindow</name>
    <message>
        <source>Tidemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Tidemark&lt;/h2&gt;&lt;p&gt;Review the data a dbt pull request changes.&lt;/p&gt;&lt;p&gt;Create an integration (&lt;b&gt;File › New Integration&lt;/b&gt;, Ctrl+N) for your dbt project, or open the demo (&lt;b&gt;File › Open Demo&lt;/b&gt;) to look around.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Integration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Integration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diff Two Tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Pull Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tidemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local artifacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pull requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 — Tidemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidemark will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tidemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidemark %1&lt;/h3&gt;&lt;p&gt;Review the data a dbt pull request changes: which models it modifies, what lies downstream, and how each table differs from production.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffs are still running. Cancel them and quit?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ModelOutcomesModel</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffed (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows (prod → PR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of cells that match between production and the PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL and duplicated primary keys on either side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why dbt counts the model as modified, or why it was not diffed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ModelResultWidget</name>
    <message>
        <source>Export as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of all cells equal in prod and PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with a NULL in the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key values that occur more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows carrying those duplicated keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are matched between prod and PR by their key. A row whose key has a NULL part, and every row whose key value occurs more than once on its side, cannot be matched: those rows take no part in the value comparison and count against the Match Score. Duplicated keys usually mean that the key is wrong (set the model&apos;s primary key in its YAML) or that the model produces duplicates (for example a join that fans out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared columns: %1   ·   with differing values: %2   ·   schema changes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples: %1 of %2 rows only in prod, %3 of %4 rows only in PR, %5 of %6 changed rows. Differing cells are marked: prod in red, PR in green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prod: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of prod rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of PR rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of matched rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unique and never NULL on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows with a NULL key, %3 duplicated key values (%4 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems (see Primary keys). %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns in prod, %2 in PR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in prod: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in PR: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared columns stand in another order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same columns and types on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash diff (across connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join diff (one connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · key %2 · %3 s · %4 rows downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: a limit stopped this diff early, so the counts cover only the rows compared before it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ≈ %2 (%3 – %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled: %1 of the rows were compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates for the whole tables at %1 confidence: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given for this diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The key is unique and never NULL in prod and in PR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The key is not unique or has NULLs. Rows that could not be matched: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is downstream of this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models and exposures downstream of this model: %1. Double-click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no result to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ProfileImportDialog</name>
    <message>
        <source>Import from profiles.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose profiles.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt profiles (profiles.yml *.yml *.yaml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles.yml at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (with a password)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::PullRequestController</name>
    <message>
        <source>The stored results could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the diffs that finished are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finished; %n diff(s) failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::PullRequestListModel</name>
    <message>
        <source>✔ Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏸ Waiting for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[draft] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidemark check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::PullRequestListPage</name>
    <message>
        <source>Filter by number, title, author, branch or check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the open pull requests again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull requests — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open pull requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not list the pull requests.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::PullRequestPage</name>
    <message>
        <source>Check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lineage could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the pull requests (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run &amp;all diffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the pipeline for this pull request again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run this &amp;model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff the selected model again (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger dbt Cloud &amp;PR job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the integration&apos;s dbt Cloud CI job for this pull request again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run; running queries are cancelled on the server (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull request changes no models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI did not run for this pull request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the diffs to see what this pull request changes in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b3261e&quot;&gt;&lt;b&gt;Error:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diff of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for a person: %2. Use “Re-run this model” to diff it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not diffed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not selected for diffing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been diffed yet. Use “Re-run this model” to diff it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Values tab cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Values tab cannot browse %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lineage needs the pull request&apos;s manifest, which is not on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ScreenshotTour</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo&apos;s diffs did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>saved %n screenshot(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>screenshots failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ValuesLoader</name>
    <message>
        <source>There are no rows to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ValuesModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: %1
PR: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is not in the PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is not in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (prod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the row is only in production, only in the pull request, or in both with different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key column %1: identifies the row on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the pull request&apos;s table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in production&apos;s table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; differs in %n changed row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ValuesWidget</name>
    <message>
        <source>Hide unchanged columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All differing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in production or only in PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which differing rows to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the changed rows where this column differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the compared columns whose values are equal in every changed row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows shown (all of them, not only those on screen) to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differing in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the differing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diff selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the differing rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 differing rows; finding the rest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differing rows: %2 only in production, %3 only in PR, %4 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: showing only the first %1 differing rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The differing rows could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::results::ColumnsModel</name>
    <message>
        <source>Key column: rows are matched on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same type on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column does not exist on this side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ui::results::ProfilesPanel</name>
    <message>
        <source>Column profiles were not computed for this diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts compare the selected columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts compare the first %1 columns; select rows in the table to compare others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULLs (% of rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
