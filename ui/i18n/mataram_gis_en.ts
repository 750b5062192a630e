<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AccessDock</name>
    <message>
        <location filename="../access_dock.py" line="405" />
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../access_dock.py" line="137" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="146" />
        <source>Kelurahan boundaries</source>
        <translation>Kelurahan boundaries</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="147" />
        <source>Vector files (*.gpkg *.shp *.zip *.geojson *.json)</source>
        <translation>Vector files (*.gpkg *.shp *.zip *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="187" />
        <source>Travel time to the centre</source>
        <translation>Travel time to the centre</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="192" />
        <source>Isochrones</source>
        <translation>Isochrones</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="198" />
        <source>Isolated households</source>
        <translation>Isolated households</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="290" />
        <source>Computing travel times, isochrones and vulnerability…</source>
        <translation>Computing travel times, isochrones and vulnerability…</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="295" />
        <source>%1 segments upgraded: %2 households reached, %3 min saved on average; %4 of the benefit reaches desil 1 (concentration index %5). %6 segments would strand households if closed.</source>
        <translation>%1 segments upgraded: %2 households reached, %3 min saved on average; %4 of the benefit reaches desil 1 (concentration index %5). %6 segments would strand households if closed.</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="307" />
        <source>Waiting for the ranking…</source>
        <translation>Waiting for the ranking…</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="309" />
        <source>Select segments (or none for the top ten) and press Compute.</source>
        <translation>Select segments (or none for the top ten) and press Compute.</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="314" />
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="315" />
        <source>Kelurahan boundaries…</source>
        <translation>Kelurahan boundaries…</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="316" />
        <source>Flood-prone areas…</source>
        <translation>Flood-prone areas…</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="317" />
        <source>Travel time</source>
        <translation>Travel time</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="318" />
        <source>Isochrones of</source>
        <translation>Isochrones of</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="322" />
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="322" />
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="322" />
        <source>Minutes saved</source>
        <translation>Minutes saved</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="325" />
        <source>By desil</source>
        <translation>By desil</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="325" />
        <source>By kelurahan</source>
        <translation>By kelurahan</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="326" />
        <source>Vulnerability</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="326" />
        <location filename="../access_dock.py" line="354" />
        <source>Isolated</source>
        <translation>Isolated</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="329" />
        <location filename="../access_dock.py" line="351" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="330" />
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="331" />
        <location filename="../access_dock.py" line="346" />
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="332" />
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="333" />
        <source>Min saved</source>
        <translation>Min saved</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="334" />
        <source>Before (min)</source>
        <translation>Before (min)</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="335" />
        <source>After (min)</source>
        <translation>After (min)</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="337" />
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="341" />
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="342" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="344" />
        <source>Criticality</source>
        <translation>Criticality</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="345" />
        <source>Stranded</source>
        <translation>Stranded</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="347" />
        <source>Flood-prone</source>
        <translation>Flood-prone</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="352" />
        <source>Far</source>
        <translation>Far</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="353" />
        <source>Off the network</source>
        <translation>Off the network</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../export_dialogs.py" line="188" />
        <source>Print briefing</source>
        <translation>Print briefing</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="192" />
        <source>optional, e.g. 10 miliar</source>
        <translation>optional, e.g. 10 miliar</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="196" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="197" />
        <source>Segments in the top table</source>
        <translation>Segments in the top table</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="198" />
        <source>Budget (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="201" />
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="202" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../compare_dialog.py" line="72" />
        <source>Compare scenarios: %1 and %2</source>
        <translation>Compare scenarios: %1 and %2</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="75" />
        <source>Households counted</source>
        <translation>Households counted</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="76" />
        <source>Households excluded</source>
        <translation>Households excluded</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="77" />
        <source>Mean time to centre (min)</source>
        <translation>Mean time to centre (min)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="78" />
        <source>Candidate segments</source>
        <translation>Candidate segments</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="79" />
        <source>Sum of single-segment benefits</source>
        <translation>Sum of single-segment benefits</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="80" />
        <source>Benefit of the top segment</source>
        <translation>Benefit of the top segment</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="81" />
        <source>Cost of upgrading every candidate (Rp)</source>
        <translation>Cost of upgrading every candidate (Rp)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="85" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="88" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="94" />
        <source>Top N</source>
        <translation>Top N</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="95" />
        <source>Programme picks</source>
        <translation>Programme picks</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="96" />
        <source>Largest moves</source>
        <translation>Largest moves</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="134" />
        <source>Top %1</source>
        <translation>Top %1</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="137" />
        <location filename="../compare_dialog.py" line="164" />
        <location filename="../compare_dialog.py" line="191" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="137" />
        <location filename="../compare_dialog.py" line="164" />
        <location filename="../compare_dialog.py" line="191" />
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="139" />
        <location filename="../compare_dialog.py" line="193" />
        <source>Rank A</source>
        <translation>Rank A</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="140" />
        <location filename="../compare_dialog.py" line="194" />
        <source>Rank B</source>
        <translation>Rank B</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="263" />
        <source>Each scenario's exact programme (as in the Portfolio panel): the set of segments whose joint benefit is largest within the budget.</source>
        <translation>Each scenario's exact programme (as in the Portfolio panel): the set of segments whose joint benefit is largest within the budget.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="99" />
        <source>A: %1, B: %2. Segments matched by id; a rise is a smaller rank number in B.</source>
        <translation>A: %1, B: %2. Segments matched by id; a rise is a smaller rank number in B.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="141" />
        <source>Benefit A</source>
        <translation>Benefit A</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="142" />
        <source>Benefit B</source>
        <translation>Benefit B</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="149" />
        <source>Compare the</source>
        <translation>Compare the</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="166" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="167" />
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="168" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="177" />
        <source>Budget (Rp billion)</source>
        <translation>Budget (Rp billion)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="195" />
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="196" />
        <source>Benefit change</source>
        <translation>Benefit change</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="202" />
        <source>Rose most in %1</source>
        <translation>Rose most in %1</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="203" />
        <source>Fell most in %1</source>
        <translation>Fell most in %1</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="104" />
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="109" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="217" />
        <source>Enter the top %1 in %2 (%3)</source>
        <translation>Enter the top %1 in %2 (%3)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="220" />
        <source>Leave the top %1 in %2 (%3)</source>
        <translation>Leave the top %1 in %2 (%3)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="239" />
        <source>Choosing the programme for each scenario…</source>
        <translation>Choosing the programme for each scenario…</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="251" />
        <location filename="../compare_dialog.py" line="253" />
        <source>Picked only in %1 (%2)</source>
        <translation>Picked only in %1 (%2)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="255" />
        <source>%1: %2 segments, %3, benefit %4.</source>
        <translation>%1: %2 segments, %3, benefit %4.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="277" />
        <source>Enter the top %1 in %2</source>
        <translation>Enter the top %1 in %2</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="278" />
        <source>Leave the top %1 in %2</source>
        <translation>Leave the top %1 in %2</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="281" />
        <source>Picked only in %1</source>
        <translation>Picked only in %1</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="284" />
        <source>Rose in %1</source>
        <translation>Rose in %1</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="285" />
        <source>Fell in %1</source>
        <translation>Fell in %1</translation>
    </message>
</context>
<context>
    <name>CorridorsPanel</name>
    <message>
        <location filename="../corridors_dock.py" line="56" />
        <source>Ranking whole roads…</source>
        <translation>Ranking whole roads…</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="58" />
        <source>%1 roads (ruas) with candidate segments, ranked by the exact benefit of upgrading each whole road.</source>
        <translation>%1 roads (ruas) with candidate segments, ranked by the exact benefit of upgrading each whole road.</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="61" />
        <source>Waiting for the ranking…</source>
        <translation>Waiting for the ranking…</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="62" />
        <source>Press Compute to rank whole roads (ruas).</source>
        <translation>Press Compute to rank whole roads (ruas).</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="67" />
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="68" />
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="70" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="71" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="72" />
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="73" />
        <source>Length (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="74" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="75" />
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="76" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../export_actions.py" line="118" />
        <source>Export map (PDF/PNG/SVG)…</source>
        <extracomment>Default file names (Indonesian: the council's language).</extracomment>
        <translation>Export map (PDF/PNG/SVG)…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="119" />
        <source>Export table (CSV/XLSX)…</source>
        <translation>Export table (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="120" />
        <source>Export results GeoPackage (QGIS styles)…</source>
        <translation>Export results GeoPackage (QGIS styles)…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="121" />
        <source>Print briefing (PDF)…</source>
        <translation>Print briefing (PDF)…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="148" />
        <source>PDF (*.pdf);;PNG image, 300 dpi (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG image, 300 dpi (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="149" />
        <source>Export map</source>
        <translation>Export map</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="154" />
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="155" />
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="160" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="161" />
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="174" />
        <source>Print briefing</source>
        <translation>Print briefing</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="174" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="198" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../file_actions.py" line="96" />
        <source>Open project…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="97" />
        <location filename="../file_actions.py" line="157" />
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="98" />
        <source>Save project as…</source>
        <translation>Save project as…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="99" />
        <source>Roads…</source>
        <translation>Roads…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="100" />
        <source>Industrial centres…</source>
        <translation>Industrial centres…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="101" />
        <source>Poor households…</source>
        <translation>Poor households…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="102" />
        <source>Download roads from OpenStreetMap…</source>
        <translation>Download roads from OpenStreetMap…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="125" />
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="180" />
        <source>Project saved: %1</source>
        <translation>Project saved: %1</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="183" />
        <source>Mataram GIS project (*.mgis.gpkg *.gpkg);;All files (*)</source>
        <translation>Mataram GIS project (*.mgis.gpkg *.gpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="189" />
        <source>Data (*.gpkg *.shp *.zip *.geojson *.json *.csv *.xlsx *.osm *.pbf);;All files (*)</source>
        <translation>Data (*.gpkg *.shp *.zip *.geojson *.json *.csv *.xlsx *.osm *.pbf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="192" />
        <source>Open data…</source>
        <translation>Open data…</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../identify_panel.py" line="94" />
        <location filename="../identify_panel.py" line="123" />
        <location filename="../identify_panel.py" line="153" />
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="96" />
        <source>Corridor %1: %2</source>
        <translation>Corridor %1: %2</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="100" />
        <location filename="../identify_panel.py" line="133" />
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="111" />
        <source>Exact benefit of upgrading all the road's candidate segments together (not the sum of their single benefits). Select one segment on the map for its details.</source>
        <translation>Exact benefit of upgrading all the road's candidate segments together (not the sum of their single benefits). Select one segment on the map for its details.</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="155" />
        <source>Segment %1: %2</source>
        <translation>Segment %1: %2</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="163" />
        <source>not ranked</source>
        <translation>not ranked</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="179" />
        <source>No household's trip to a centre gets faster if this segment alone is upgraded.</source>
        <translation>No household's trip to a centre gets faster if this segment alone is upgraded.</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="187" />
        <source>Upgrading this segment alone shortens the trips of &lt;b&gt;%1 households&lt;/b&gt; by &lt;b&gt;%2 minutes&lt;/b&gt; on average, mostly to &lt;b&gt;%3&lt;/b&gt;; %4 of them are in desil 1 (extreme poverty).</source>
        <translation>Upgrading this segment alone shortens the trips of &lt;b&gt;%1 households&lt;/b&gt; by &lt;b&gt;%2 minutes&lt;/b&gt; on average, mostly to &lt;b&gt;%3&lt;/b&gt;; %4 of them are in desil 1 (extreme poverty).</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="224" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="99" />
        <location filename="../identify_panel.py" line="129" />
        <location filename="../identify_panel.py" line="256" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="257" />
        <source>Road class</source>
        <translation>Road class</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="258" />
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="101" />
        <location filename="../identify_panel.py" line="132" />
        <location filename="../identify_panel.py" line="259" />
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="102" />
        <location filename="../identify_panel.py" line="134" />
        <location filename="../identify_panel.py" line="260" />
        <source>Benefit (hh-hours/yr)</source>
        <translation>Benefit (hh-hours/yr)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="103" />
        <location filename="../identify_panel.py" line="135" />
        <location filename="../identify_panel.py" line="261" />
        <source>Households benefiting</source>
        <translation>Households benefiting</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="262" />
        <source>Mean minutes saved</source>
        <translation>Mean minutes saved</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="105" />
        <location filename="../identify_panel.py" line="136" />
        <location filename="../identify_panel.py" line="263" />
        <source>Upgrade cost</source>
        <translation>Upgrade cost</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="106" />
        <location filename="../identify_panel.py" line="137" />
        <location filename="../identify_panel.py" line="264" />
        <source>Benefit per Rp 1 billion</source>
        <translation>Benefit per Rp 1 billion</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="125" />
        <source>Ruas %1: %2</source>
        <translation>Ruas %1: %2</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="130" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="131" />
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="139" />
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="143" />
        <source>Exact benefit of treating all the ruas' candidate segments together (not the sum of their single benefits). Select one segment on the map for its details.</source>
        <translation>Exact benefit of treating all the ruas' candidate segments together (not the sum of their single benefits). Select one segment on the map for its details.</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="271" />
        <location filename="../identify_panel.py" line="274" />
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="271" />
        <source>HH</source>
        <translation>HH</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="271" />
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="272" />
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="272" />
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="274" />
        <source>Poverty group</source>
        <translation>Poverty group</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="274" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="275" />
        <source>Before (min)</source>
        <translation>Before (min)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="275" />
        <source>After (min)</source>
        <translation>After (min)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="272" />
        <location filename="../identify_panel.py" line="275" />
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="290" />
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="293" />
        <source>Click a road segment on the map or a row of the ranking to see why it ranks where it does.</source>
        <translation>Click a road segment on the map or a row of the ranking to see why it ranks where it does.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.py" line="139" />
        <source>File holds</source>
        <extracomment>The import dialog's result: one file to read, with the user's corrections.</extracomment>
        <translation>File holds</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="143" />
        <source>Coordinate system</source>
        <translation>Coordinate system</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="144" />
        <source>First rows</source>
        <translation>First rows</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="146" />
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="156" />
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="157" />
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="158" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="164" />
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="165" />
        <source>Industrial centres</source>
        <translation>Industrial centres</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="166" />
        <source>Poor households</source>
        <translation>Poor households</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="172" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="173" />
        <source>condition (kondisi)</source>
        <translation>condition (kondisi)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="174" />
        <source>IRI (roughness)</source>
        <translation>IRI (roughness)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="175" />
        <source>smoothness (OSM)</source>
        <translation>smoothness (OSM)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="176" />
        <source>surface (perkerasan)</source>
        <translation>surface (perkerasan)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="177" />
        <source>authority (status)</source>
        <translation>authority (status)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="178" />
        <source>width (m)</source>
        <translation>width (m)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="179" />
        <source>road class (OSM highway)</source>
        <translation>road class (OSM highway)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="180" />
        <source>one-way</source>
        <translation>one-way</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="181" />
        <source>speed limit (km/h)</source>
        <translation>speed limit (km/h)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="182" />
        <source>access</source>
        <translation>access</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="183" />
        <source>level (layer)</source>
        <translation>level (layer)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="184" />
        <source>bridge</source>
        <translation>bridge</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="185" />
        <source>tunnel</source>
        <translation>tunnel</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="186" />
        <source>synthetic data flag</source>
        <translation>synthetic data flag</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="187" />
        <source>centre id</source>
        <translation>centre id</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="188" />
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="189" />
        <source>longitude (bujur)</source>
        <translation>longitude (bujur)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="190" />
        <source>latitude (lintang)</source>
        <translation>latitude (lintang)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="191" />
        <source>x (easting)</source>
        <translation>x (easting)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="192" />
        <source>y (northing)</source>
        <translation>y (northing)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="193" />
        <source>coordinate system (CRS)</source>
        <translation>coordinate system (CRS)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="194" />
        <source>producers (household weight)</source>
        <translation>producers (household weight)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="195" />
        <source>poverty group (desil)</source>
        <translation>poverty group (desil)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="196" />
        <source>assigned centre</source>
        <translation>assigned centre</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="197" />
        <source>household id</source>
        <translation>household id</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="212" />
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="214" />
        <source>OpenStreetMap data: columns are mapped automatically.</source>
        <translation>OpenStreetMap data: columns are mapped automatically.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="217" />
        <source>Personal columns left out: %1</source>
        <translation>Personal columns left out: %1</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="220" />
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="220" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="228" />
        <source>(not used)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="241" />
        <source>Stored in the file</source>
        <translation>Stored in the file</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="243" />
        <source>EPSG code of the coordinates: 4326 for lon/lat, 32750 for UTM 50S</source>
        <translation>EPSG code of the coordinates: 4326 for lon/lat, 32750 for UTM 50S</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="253" />
        <source>Mataram GIS</source>
        <translation>Mataram GIS</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../job_panel.py" line="124" />
        <source>Type a budget, e.g. 10 miliar or 750 juta.</source>
        <translation>Type a budget, e.g. 10 miliar or 750 juta.</translation>
    </message>
    <message>
        <location filename="../job_panel.py" line="136" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>KemantapanBox</name>
    <message>
        <location filename="../works_panel.py" line="102" />
        <source>&lt;b&gt;Kemantapan&lt;/b&gt; (city roads in baik or sedang): compute a portfolio to see it before and after.</source>
        <extracomment>The scenario's default target (``Scenario.kemantapan_target``), as a fraction.</extracomment>
        <translation>&lt;b&gt;Kemantapan&lt;/b&gt; (city roads in baik or sedang): compute a portfolio to see it before and after.</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="108" />
        <source>target reached</source>
        <translation>target reached</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="108" />
        <source>below the target</source>
        <translation>below the target</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="110" />
        <source>&lt;b&gt;Kemantapan&lt;/b&gt; (city roads in baik or sedang): &lt;b&gt;%1&lt;/b&gt; now, &lt;b&gt;%2&lt;/b&gt; with these picks (%3): %4.</source>
        <translation>&lt;b&gt;Kemantapan&lt;/b&gt; (city roads in baik or sedang): &lt;b&gt;%1&lt;/b&gt; now, &lt;b&gt;%2&lt;/b&gt; with these picks (%3): %4.</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="115" />
        <source> points against the target</source>
        <translation> points against the target</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="123" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="124" />
        <source>Target share of city-road length in baik + sedang</source>
        <translation>Target share of city-road length in baik + sedang</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="126" />
        <source>default %1 (RPJMN 2020-2024, regional roads)</source>
        <translation>default %1 (RPJMN 2020-2024, regional roads)</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../layer_panel.py" line="126" />
        <source>Road segments</source>
        <translation>Road segments</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="127" />
        <source>Industrial centres</source>
        <translation>Industrial centres</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="128" />
        <source>Poor households</source>
        <translation>Poor households</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="129" />
        <source>Households that gain</source>
        <translation>Households that gain</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="130" />
        <source>Highlighted segments</source>
        <translation>Highlighted segments</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="245" />
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="246" />
        <source>Road style</source>
        <translation>Road style</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="247" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="248" />
        <source>Move the layer up</source>
        <translation>Move the layer up</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="249" />
        <source>Move the layer down</source>
        <translation>Move the layer down</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="251" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="252" />
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="253" />
        <source>Road class</source>
        <translation>Road class</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="257" />
        <source>Density</source>
        <translation>Density</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="257" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="275" />
        <source>Ranking ready: %1 candidate segments</source>
        <translation>Ranking ready: %1 candidate segments</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290" />
        <source>Live re-ranking is off (the analysis is slow): press Run</source>
        <translation>Live re-ranking is off (the analysis is slow): press Run</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="296" />
        <location filename="../main_window.py" line="298" />
        <location filename="../window_session.py" line="214" />
        <source>Mataram GIS</source>
        <translation>Mataram GIS</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225" />
        <source>Reopening %1</source>
        <translation>Reopening %1</translation>
    </message>
    <message>
        <location filename="../window_session.py" line="215" />
        <source>Mataram GIS did not close properly last time. Recover the previous session?</source>
        <translation>Mataram GIS did not close properly last time. Recover the previous session?</translation>
    </message>
    <message>
        <location filename="../window_session.py" line="229" />
        <source>Mataram GIS %1</source>
        <translation>Mataram GIS %1</translation>
    </message>
    <message>
        <location filename="../window_session.py" line="230" />
        <source>Ranks road segments by how much upgrading each would cut travel time for poor households going to industrial centres.</source>
        <translation>Ranks road segments by how much upgrading each would cut travel time for poor households going to industrial centres.</translation>
    </message>
    <message>
        <location filename="../window_session.py" line="235" />
        <source>About Mataram GIS</source>
        <translation>About Mataram GIS</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="303" />
        <source>Mataram GIS — road upgrade priorities</source>
        <translation>Mataram GIS — road upgrade priorities</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308" />
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309" />
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310" />
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311" />
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312" />
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="317" />
        <source>Open data</source>
        <translation>Open data</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="318" />
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="321" />
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="322" />
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="323" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="324" />
        <source>Map tools</source>
        <translation>Map tools</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="326" />
        <source>Load the demo data</source>
        <translation>Load the demo data</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327" />
        <source>Open data…</source>
        <translation>Open data…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="328" />
        <source>Export results (GeoPackage)…</source>
        <translation>Export results (GeoPackage)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329" />
        <source>Export ranking (CSV)…</source>
        <translation>Export ranking (CSV)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="330" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="331" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="332" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="333" />
        <source>Zoom to full extent</source>
        <translation>Zoom to full extent</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="334" />
        <source>Zoom to selection</source>
        <translation>Zoom to selection</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="335" />
        <source>Clear selection</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336" />
        <source>Run the ranking</source>
        <translation>Run the ranking</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337" />
        <source>Re-rank live</source>
        <translation>Re-rank live</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="338" />
        <source>Cancel the running job</source>
        <translation>Cancel the running job</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="339" />
        <source>About</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>MapExportDialog</name>
    <message>
        <location filename="../export_dialogs.py" line="86" />
        <source>Export map</source>
        <translation>Export map</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="89" />
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="89" />
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="94" />
        <source>How many top-ranked segments get a rank label</source>
        <translation>How many top-ranked segments get a rank label</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="96" />
        <source>No travel-time layer</source>
        <translation>No travel-time layer</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="96" />
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="97" />
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="97" />
        <source>Minutes saved</source>
        <translation>Minutes saved</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="100" />
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="101" />
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="102" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="103" />
        <source>Label the top</source>
        <translation>Label the top</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="104" />
        <source>Travel time</source>
        <translation>Travel time</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="105" />
        <source>Update preview</source>
        <translation>Update preview</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="108" />
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="113" />
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="114" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="150" />
        <source>Drawing the preview…</source>
        <translation>Drawing the preview…</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="166" />
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
</context>
<context>
    <name>MapStatusBar</name>
    <message>
        <location filename="../status_bar.py" line="71" />
        <source>S</source>
        <extracomment>Show "preparing the analysis engine (once)" during the next ranking (first start).</extracomment>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="71" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="72" />
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="72" />
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="84" />
        <source>Scale 1:%1</source>
        <translation>Scale 1:%1</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="90" />
        <source>%1 selected</source>
        <translation>%1 selected</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="120" />
        <source>%1 engine parts compiled, %2 s</source>
        <translation>%1 engine parts compiled, %2 s</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="138" />
        <source>Preparing the analysis engine (once only)</source>
        <translation>Preparing the analysis engine (once only)</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="139" />
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="140" />
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="141" />
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="142" />
        <location filename="../status_bar.py" line="150" />
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="143" />
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="144" />
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="145" />
        <location filename="../status_bar.py" line="146" />
        <source>Comparing scenarios</source>
        <translation>Comparing scenarios</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="147" />
        <source>Ruas</source>
        <translation>Ruas</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="148" />
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="149" />
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="156" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="160" />
        <source>Move the mouse over the map</source>
        <translation>Move the mouse over the map</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="50" />
        <source>An unexpected error occurred inside the program; the task was not finished. The technical details are in the Log panel.</source>
        <translation>An unexpected error occurred inside the program; the task was not finished. The technical details are in the Log panel.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="55" />
        <source>An unexpected error occurred inside the program; the task was not finished. The technical details are in the log: %1</source>
        <translation>An unexpected error occurred inside the program; the task was not finished. The technical details are in the log: %1</translation>
    </message>
</context>
<context>
    <name>OsmDialog</name>
    <message>
        <location filename="../osm_dialog.py" line="28" />
        <source>Download roads from OpenStreetMap</source>
        <extracomment>Kota Mataram's extent in degrees: west, south, east, north.</extracomment>
        <translation>Download roads from OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="29" />
        <source>Place name</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="30" />
        <source>Bounding box (degrees)</source>
        <translation>Bounding box (degrees)</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="39" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="41" />
        <source>West</source>
        <translation>West</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="41" />
        <source>South</source>
        <translation>South</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="41" />
        <source>East</source>
        <translation>East</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="41" />
        <source>North</source>
        <translation>North</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="51" />
        <source>Needs an internet connection. Offline, open a .osm or .osm.pbf file instead (e.g. an Indonesia extract from download.geofabrik.de).</source>
        <translation>Needs an internet connection. Offline, open a .osm or .osm.pbf file instead (e.g. an Indonesia extract from download.geofabrik.de).</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <location filename="../parameters_panel.py" line="254" />
        <source>Rp per m², from: %1</source>
        <translation>Rp per m², from: %1</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="256" />
        <source>Rp per m²: built-in indicative prices (not the city's HSPK)</source>
        <translation>Rp per m²: built-in indicative prices (not the city's HSPK)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="280" />
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="281" />
        <source>Equity weights (P3KE desil)</source>
        <translation>Equity weights (P3KE desil)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="282" />
        <source>Upgrade unit costs</source>
        <translation>Upgrade unit costs</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="283" />
        <source>Candidate segments</source>
        <translation>Candidate segments</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="284" />
        <source>Travel mode</source>
        <translation>Travel mode</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="285" />
        <source>Trips per year</source>
        <translation>Trips per year</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="286" />
        <source>Upgrade to condition</source>
        <translation>Upgrade to condition</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="288" />
        <source>Motorcycle</source>
        <translation>Motorcycle</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="289" />
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="290" />
        <source>Walking</source>
        <translation>Walking</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="295" />
        <source>Good (baik)</source>
        <translation>Good (baik)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="296" />
        <source>Fair (sedang)</source>
        <translation>Fair (sedang)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="297" />
        <source>Poor (rusak ringan)</source>
        <translation>Poor (rusak ringan)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="301" />
        <source>Join road at</source>
        <translation>Join road at</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="302" />
        <source>the nearest junction</source>
        <translation>the nearest junction</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="303" />
        <source>the nearest point of a road</source>
        <translation>the nearest point of a road</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="307" />
        <source>Nearest point: walk straight to the road, then ride along it</source>
        <translation>Nearest point: walk straight to the road, then ride along it</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="309" />
        <source>Desil 1 (extreme poor)</source>
        <translation>Desil 1 (extreme poor)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="309" />
        <source>Desil 2 (poor)</source>
        <translation>Desil 2 (poor)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="310" />
        <source>Desil 3 (vulnerable)</source>
        <translation>Desil 3 (vulnerable)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="311" />
        <source>Desil 4 (near-poor)</source>
        <translation>Desil 4 (near-poor)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="315" />
        <source>Rp million per km, by road class and condition before the upgrade</source>
        <translation>Rp million per km, by road class and condition before the upgrade</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="317" />
        <source>Unit prices…</source>
        <translation>Unit prices…</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="319" />
        <source>Rp per m² by treatment and pavement: view, edit, load or save</source>
        <translation>Rp per m² by treatment and pavement: view, edit, load or save</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="322" />
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="322" />
        <source>Poor</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="322" />
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="325" />
        <source>Arterial</source>
        <translation>Arterial</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="325" />
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="325" />
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="325" />
        <source>Alley (gang)</source>
        <translation>Alley (gang)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="327" />
        <source>Road authority</source>
        <translation>Road authority</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="329" />
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="330" />
        <source>provincial</source>
        <translation>provincial</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="331" />
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="335" />
        <source>Minimum length (m)</source>
        <translation>Minimum length (m)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="336" />
        <source>Skip roads already good</source>
        <translation>Skip roads already good</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="337" />
        <source>Exclude roads already at the target condition</source>
        <translation>Exclude roads already at the target condition</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="340" />
        <source>Re-rank live</source>
        <translation>Re-rank live</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="342" />
        <source>Switched off automatically when one analysis takes over 1 s</source>
        <translation>Switched off automatically when one analysis takes over 1 s</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="344" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
</context>
<context>
    <name>PlanningDock</name>
    <message>
        <location filename="../planning.py" line="60" />
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../planning.py" line="61" />
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../planning.py" line="62" />
        <source>Ruas</source>
        <translation>Ruas</translation>
    </message>
    <message>
        <location filename="../planning.py" line="63" />
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <location filename="../portfolio_dock.py" line="191" />
        <source>The ranking changed: compute again.</source>
        <extracomment>As :data:`mataram_gis.portfolio_ruas.UNITS` (not imported: the domain loads in workers).</extracomment>
        <translation>The ranking changed: compute again.</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="211" />
        <source>Choosing segments for %1…</source>
        <translation>Choosing segments for %1…</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="222" />
        <source>Computing the budget curve…</source>
        <translation>Computing the budget curve…</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="237" />
        <source>Portfolio within the budget</source>
        <translation>Portfolio within the budget</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="267" />
        <source>&lt;b&gt;%1 segments&lt;/b&gt;, %2 of %3. Exact joint benefit &lt;b&gt;%4&lt;/b&gt; household-hours/yr; naive pick by benefit per cost (%5 segments): %6. Difference &lt;b&gt;%7 (%8)&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1 segments&lt;/b&gt;, %2 of %3. Exact joint benefit &lt;b&gt;%4&lt;/b&gt; household-hours/yr; naive pick by benefit per cost (%5 segments): %6. Difference &lt;b&gt;%7 (%8)&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="281" />
        <source>%1 ruas, %2 stretches.</source>
        <translation>%1 ruas, %2 stretches.</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="295" />
        <source>Budget (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="296" />
        <source>e.g. 10 miliar, 750 juta, 10000000000</source>
        <translation>e.g. 10 miliar, 750 juta, 10000000000</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="297" />
        <source>Pick by</source>
        <translation>Pick by</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="298" />
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="298" />
        <source>whole ruas</source>
        <translation>whole ruas</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="299" />
        <source>stretch</source>
        <translation>stretch</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="303" />
        <source>segment: single segments (and pairs); whole ruas: all candidate segments of a ruas together; stretch: runs of consecutive candidate segments of a ruas (STA)</source>
        <translation>segment: single segments (and pairs); whole ruas: all candidate segments of a ruas together; stretch: runs of consecutive candidate segments of a ruas (STA)</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="306" />
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="307" />
        <location filename="../portfolio_dock.py" line="311" />
        <source>Budget curve</source>
        <translation>Budget curve</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="308" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="309" />
        <source>Work programme</source>
        <translation>Work programme</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="310" />
        <source>Chosen segments</source>
        <translation>Chosen segments</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="312" />
        <source>Appraisal and risk</source>
        <translation>Appraisal and risk</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="313" />
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="315" />
        <source>Pick</source>
        <translation>Pick</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="316" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="317" />
        <location filename="../portfolio_dock.py" line="325" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="318" />
        <source>Marginal benefit</source>
        <translation>Marginal benefit</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="319" />
        <source>Cumulative cost</source>
        <translation>Cumulative cost</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="320" />
        <source>Cumulative benefit</source>
        <translation>Cumulative benefit</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="321" />
        <source>Selected in draws</source>
        <translation>Selected in draws</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="324" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="326" />
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="327" />
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="328" />
        <location filename="../portfolio_dock.py" line="333" />
        <source>Naive pick</source>
        <translation>Naive pick</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="329" />
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="332" />
        <source>Budget (Rp billion)</source>
        <translation>Budget (Rp billion)</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="332" />
        <source>Benefit (household-hours/yr)</source>
        <translation>Benefit (household-hours/yr)</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="333" />
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="336" />
        <source>Marginal benefit: what each pick adds, exactly, given the earlier picks</source>
        <translation>Marginal benefit: what each pick adds, exactly, given the earlier picks</translation>
    </message>
</context>
<context>
    <name>PricesDialog</name>
    <message>
        <location filename="../prices_dialog.py" line="136" />
        <source>built-in indicative price</source>
        <extracomment>``price_source`` of prices typed in this dialog (no file).</extracomment>
        <translation>built-in indicative price</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="210" />
        <source>The file could not be written: %1. Check that the folder exists and that you may write in it.</source>
        <translation>The file could not be written: %1. Check that the folder exists and that you may write in it.</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="214" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="219" />
        <source>Load unit prices</source>
        <translation>Load unit prices</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="219" />
        <location filename="../prices_dialog.py" line="227" />
        <source>Price table (*.csv *.xlsx)</source>
        <translation>Price table (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="226" />
        <source>Save unit prices</source>
        <translation>Save unit prices</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="238" />
        <source>&lt;b&gt;Built-in indicative prices&lt;/b&gt; in use (not the city's HSPK): orders of magnitude from the structure of the AHSP (Permen PUPR 1/2022). Load the city's price table or type its prices; every output says which prices it used.</source>
        <translation>&lt;b&gt;Built-in indicative prices&lt;/b&gt; in use (not the city's HSPK): orders of magnitude from the structure of the AHSP (Permen PUPR 1/2022). Load the city's price table or type its prices; every output says which prices it used.</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="243" />
        <source>Unit prices from: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Unit prices from: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="249" />
        <source>Unit prices</source>
        <translation>Unit prices</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="250" />
        <source>Rp per m² by treatment and pavement; cost = price × width × length</source>
        <translation>Rp per m² by treatment and pavement; cost = price × width × length</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="252" />
        <source>asphalt</source>
        <translation>asphalt</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="252" />
        <source>concrete</source>
        <translation>concrete</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="253" />
        <source>paving blocks</source>
        <translation>paving blocks</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="253" />
        <source>gravel</source>
        <translation>gravel</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="254" />
        <source>earth</source>
        <translation>earth</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="257" />
        <source>Load price file…</source>
        <translation>Load price file…</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="258" />
        <source>Save price file…</source>
        <translation>Save price file…</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="259" />
        <source>Indicative defaults</source>
        <translation>Indicative defaults</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../ranking_table.py" line="207" />
        <source>%1 of %2 ranked</source>
        <translation>%1 of %2 ranked</translation>
    </message>
    <message>
        <location filename="../ranking_table.py" line="214" />
        <source>Filter by name, condition, rank…</source>
        <translation>Filter by name, condition, rank…</translation>
    </message>
    <message>
        <location filename="../ranking_table.py" line="215" />
        <source>Right-click to choose the columns</source>
        <translation>Right-click to choose the columns</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../window_session.py" line="167" />
        <source>(no recent files)</source>
        <translation>(no recent files)</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <location filename="../risk_panel.py" line="159" />
        <source>Appraising and drawing %1 times…</source>
        <translation>Appraising and drawing %1 times…</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="181" />
        <source>NPV %1, BCR %2, EIRR %3</source>
        <translation>NPV %1, BCR %2, EIRR %3</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="189" />
        <source>&lt;b&gt;Unweighted&lt;/b&gt; (every producer hour the same): %1</source>
        <translation>&lt;b&gt;Unweighted&lt;/b&gt; (every producer hour the same): %1</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="191" />
        <source>&lt;b&gt;Equity-weighted&lt;/b&gt; (poor households' hours times their desil weight): %1</source>
        <translation>&lt;b&gt;Equity-weighted&lt;/b&gt; (poor households' hours times their desil weight): %1</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="193" />
        <source>Costs may rise %1 or benefits fall %2 before BCR &lt; 1 (unweighted).</source>
        <translation>Costs may rise %1 or benefits fall %2 before BCR &lt; 1 (unweighted).</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="200" />
        <source>%1 draws: equity-weighted NPV from %2 to %3 (P5-P95).</source>
        <translation>%1 draws: equity-weighted NPV from %2 to %3 (P5-P95).</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="204" />
        <source>Selected in % of draws</source>
        <translation>Selected in % of draws</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="215" />
        <source>Monte Carlo draws</source>
        <translation>Monte Carlo draws</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="216" />
        <source>Appraise</source>
        <translation>Appraise</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="217" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="219" />
        <source>Road</source>
        <translation>Road</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="220" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="221" />
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="222" />
        <source>BCR</source>
        <translation>BCR</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="223" />
        <source>NPV equity-weighted</source>
        <translation>NPV equity-weighted</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="224" />
        <source>BCR equity-weighted</source>
        <translation>BCR equity-weighted</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="225" />
        <source>Cost may rise</source>
        <translation>Cost may rise</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="226" />
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
</context>
<context>
    <name>RuasPanel</name>
    <message>
        <location filename="../ruas_dock.py" line="67" />
        <source>Ranking road sections (ruas)…</source>
        <translation>Ranking road sections (ruas)…</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="69" />
        <source>%1 ruas with candidate segments, ranked by the exact joint benefit of treating all their candidate segments.</source>
        <translation>%1 ruas with candidate segments, ranked by the exact joint benefit of treating all their candidate segments.</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="72" />
        <source>Waiting for the ranking…</source>
        <translation>Waiting for the ranking…</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="73" />
        <source>Press Compute to rank the road sections (ruas).</source>
        <translation>Press Compute to rank the road sections (ruas).</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="115" />
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="117" />
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="119" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="120" />
        <source>Ruas no.</source>
        <translation>Ruas no.</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="121" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="122" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="123" />
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="124" />
        <source>Length (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="125" />
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="126" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="127" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="128" />
        <source>Best stretch</source>
        <translation>Best stretch</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="129" />
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <location filename="../scenarios_dock.py" line="173" />
        <source>Type a name for the scenario.</source>
        <translation>Type a name for the scenario.</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="183" />
        <source>Saved “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="197" />
        <source>Ranking “%1”…</source>
        <translation>Ranking “%1”…</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="255" />
        <source>Choose two different scenarios.</source>
        <translation>Choose two different scenarios.</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="264" />
        <source>Comparing “%1” and “%2”…</source>
        <translation>Comparing “%1” and “%2”…</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="295" />
        <source>Save the current parameters as a named scenario:</source>
        <translation>Save the current parameters as a named scenario:</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="296" />
        <source>Scenario name, e.g. Anggaran 2026</source>
        <translation>Scenario name, e.g. Anggaran 2026</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="297" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="298" />
        <source>Switch to</source>
        <translation>Switch to</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="299" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="300" />
        <source>Compare two scenarios:</source>
        <translation>Compare two scenarios:</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="301" />
        <source>Compare…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="302" />
        <source>Double-click a scenario to switch to it (re-ranks)</source>
        <translation>Double-click a scenario to switch to it (re-ranks)</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../segment_model.py" line="89" />
        <source>Rank</source>
        <extracomment>Vulnerability columns: filled by :meth:`SegmentTableModel.set_extra` when first shown. Shown until the user picks columns (right-click on the header).</extracomment>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="90" />
        <source>Road segment</source>
        <translation>Road segment</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="94" />
        <source>Length (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="93" />
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="99" />
        <source>Criticality</source>
        <translation>Criticality</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="100" />
        <source>Households cut off</source>
        <translation>Households cut off</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="101" />
        <source>Flood-prone</source>
        <translation>Flood-prone</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="180" />
        <source>Benefit (hh-hours/yr)</source>
        <translation>Benefit (hh-hours/yr)</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="180" />
        <source>Road authority</source>
        <translation>Road authority</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="95" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="91" />
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="92" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="96" />
        <source>Minutes saved</source>
        <translation>Minutes saved</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="97" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="98" />
        <source>Benefit per Rp 1 billion</source>
        <translation>Benefit per Rp 1 billion</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <location filename="../window_session.py" line="103" />
        <source>Mataram GIS</source>
        <translation>Mataram GIS</translation>
    </message>
    <message>
        <location filename="../window_session.py" line="104" />
        <source>The project has unsaved changes (parameters, data or scenarios). Save them first?</source>
        <translation>The project has unsaved changes (parameters, data or scenarios). Save them first?</translation>
    </message>
</context>
<context>
    <name>VulnerabilityControl</name>
    <message>
        <location filename="../vulnerability.py" line="95" />
        <location filename="../vulnerability.py" line="121" />
        <location filename="../vulnerability.py" line="190" />
        <source>Flood-prone areas</source>
        <extracomment>Colour of the exposed segments drawn over the roads.</extracomment>
        <translation>Flood-prone areas</translation>
    </message>
    <message>
        <location filename="../vulnerability.py" line="96" />
        <source>Vector files (*.gpkg *.shp *.zip *.geojson *.json)</source>
        <translation>Vector files (*.gpkg *.shp *.zip *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../vulnerability.py" line="142" />
        <location filename="../vulnerability.py" line="191" />
        <source>Segments in flood-prone areas</source>
        <translation>Segments in flood-prone areas</translation>
    </message>
    <message>
        <location filename="../vulnerability.py" line="144" />
        <source>In a flood-prone area</source>
        <translation>In a flood-prone area</translation>
    </message>
    <message>
        <location filename="../vulnerability.py" line="188" />
        <source>Flood-prone areas…</source>
        <translation>Flood-prone areas…</translation>
    </message>
    <message>
        <location filename="../vulnerability.py" line="189" />
        <source>Kelurahan boundaries…</source>
        <translation>Kelurahan boundaries…</translation>
    </message>
</context>
<context>
    <name>WorksTable</name>
    <message>
        <location filename="../works_panel.py" line="172" />
        <source>Ruas no.</source>
        <translation>Ruas no.</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="173" />
        <source>Ruas name</source>
        <translation>Ruas name</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="174" />
        <source>STA</source>
        <translation>STA</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="175" />
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="177" />
        <source>Volume (m²)</source>
        <translation>Volume (m²)</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="178" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="179" />
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="182" />
        <source>The picks as a work programme: per ruas, each stretch (STA) with its treatment, volume and cost; benefit = exact marginal benefit of its segments</source>
        <translation>The picks as a work programme: per ruas, each stretch (STA) with its treatment, volume and cost; benefit = exact marginal benefit of its segments</translation>
    </message>
</context>
</TS>