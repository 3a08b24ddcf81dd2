<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LineageSceneData</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Status: %1, not diffed</source>
        <translation>Status: %1, nicht verglichen</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Why modified: %1</source>
        <translation>Grund der Änderung: %1</translation>
    </message>
</context>
<context>
    <name>LineageStatusStyle</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>impacted</source>
        <translation>betroffen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>not diffed</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>Added by the pull request</source>
        <translation>Vom Pull Request hinzugefügt</translation>
    </message>
    <message>
        <source>Changed by the pull request</source>
        <translation>Vom Pull Request geändert</translation>
    </message>
    <message>
        <source>Downstream of a change</source>
        <translation>Einer Änderung nachgelagert</translation>
    </message>
    <message>
        <source>Neither changed nor downstream of a change</source>
        <translation>Weder geändert noch einer Änderung nachgelagert</translation>
    </message>
    <message>
        <source>Changed or impacted, but left out of the diff</source>
        <translation>Geändert oder betroffen, aber nicht im Diff enthalten</translation>
    </message>
</context>
<context>
    <name>tidemark::ci</name>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>run %1 (%2)</source>
        <translation>Lauf %1 (%2)</translation>
    </message>
    <message>
        <source>the pipeline was cancelled</source>
        <translation>die Pipeline wurde abgebrochen</translation>
    </message>
    <message>
        <source>dbt Cloud job %1 has no run for pull request #%2 at %3; has the CI job been triggered for this commit? (tidemark-cli ci can trigger it)</source>
        <translation>dbt-Cloud-Job %1 hat keinen Lauf für Pull Request #%2 bei %3; wurde der CI-Job für diesen Commit ausgelöst? (tidemark-cli ci kann ihn auslösen)</translation>
    </message>
    <message>
        <source>the dbt Cloud PR job&apos;s %1 ended with %2%3; fix the PR&apos;s dbt build and push again</source>
        <translation>%1 des dbt-Cloud-PR-Jobs endete mit %2%3; korrigieren Sie den dbt-Build des PR und pushen Sie erneut</translation>
    </message>
    <message>
        <source>the dbt Cloud PR job&apos;s %1 is still %2 after %3 s; try again when it has finished</source>
        <translation>%1 des dbt-Cloud-PR-Jobs ist nach %3 s immer noch %2; versuchen Sie es erneut, wenn er beendet ist</translation>
    </message>
    <message>
        <source>Waiting for the dbt Cloud PR job&apos;s %1 (%2)</source>
        <translation>Warten auf %1 des dbt-Cloud-PR-Jobs (%2)</translation>
    </message>
    <message>
        <source>commit selection &quot;merge-base&quot; needs the code host to find the merge-base commit</source>
        <translation>die Commit-Auswahl „merge-base“ benötigt den Code-Host, um den Merge-Base-Commit zu finden</translation>
    </message>
    <message>
        <source>dbt Cloud job %1 has no successful run at the merge-base commit %2; run the production job on that commit, or switch the commit selection to &quot;latest&quot;</source>
        <translation>dbt-Cloud-Job %1 hat keinen erfolgreichen Lauf beim Merge-Base-Commit %2; führen Sie den Produktionsjob auf diesem Commit aus oder stellen Sie die Commit-Auswahl auf „latest“ um</translation>
    </message>
    <message>
        <source>dbt Cloud job %1 has no successful run; production artifacts are missing (check the job that creates dbt artifacts)</source>
        <translation>dbt-Cloud-Job %1 hat keinen erfolgreichen Lauf; die Produktionsartefakte fehlen (prüfen Sie den Job, der die dbt-Artefakte erzeugt)</translation>
    </message>
    <message>
        <source>no code host to ask about pull request #%1</source>
        <translation>kein Code-Host, der zu Pull Request #%1 befragt werden kann</translation>
    </message>
    <message>
        <source>Reading pull request #%1</source>
        <translation>Pull Request #%1 wird gelesen</translation>
    </message>
    <message>
        <source>Reading local manifests</source>
        <translation>Lokale Manifeste werden gelesen</translation>
    </message>
    <message>
        <source>no dbt Cloud connection to fetch the manifests from</source>
        <translation>keine dbt-Cloud-Verbindung, von der die Manifeste geladen werden können</translation>
    </message>
    <message>
        <source>Finding the dbt Cloud PR job&apos;s run</source>
        <translation>Lauf des dbt-Cloud-PR-Jobs wird gesucht</translation>
    </message>
    <message>
        <source>Downloading manifests</source>
        <translation>Manifeste werden heruntergeladen</translation>
    </message>
    <message>
        <source>dbt Cloud %1</source>
        <translation>dbt Cloud %1</translation>
    </message>
    <message>
        <source>manifest.json of dbt Cloud run %1</source>
        <translation>manifest.json von dbt-Cloud-Lauf %1</translation>
    </message>
    <message>
        <source>the integration&apos;s data connection: %1</source>
        <translation>die Datenverbindung der Integration: %1</translation>
    </message>
    <message>
        <source>Diffing models</source>
        <translation>Modelle werden verglichen</translation>
    </message>
    <message>
        <source>Diffed %1 of %2 models</source>
        <translation>%1 von %2 Modellen verglichen</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>--post needs the code host (repository settings and a token)</source>
        <translation>--post benötigt den Code-Host (Repository-Einstellungen und ein Token)</translation>
    </message>
    <message>
        <source>Posting the summary on pull request #%1</source>
        <translation>Zusammenfassung wird in Pull Request #%1 gepostet</translation>
    </message>
    <message>
        <source>## %1 Tidemark data diff: %2

</source>
        <translation>## %1 Tidemark-Daten-Diff: %2

</translation>
    </message>
    <message>
        <source>CI did not run for this pull request: %1
</source>
        <translation>CI lief für diesen Pull Request nicht: %1
</translation>
    </message>
    <message>
        <source>Head `%1` compared with production (%2).

</source>
        <translation>Head `%1` mit Produktion verglichen (%2).

</translation>
    </message>
    <message>
        <source>| Model | Key | Rows A | Rows B | Only in A | Only in B | Updated | Schema changes | % values changed | Primary key issues | |
</source>
        <translation>| Modell | Schlüssel | Zeilen A | Zeilen B | Nur in A | Nur in B | Aktualisiert | Schemaänderungen | % Werte geändert | Primärschlüsselprobleme | |
</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>NULL keys A %1, B %2</source>
        <translation>NULL-Schlüssel A %1, B %2</translation>
    </message>
    <message>
        <source>duplicate keys A %1, B %2</source>
        <translation>doppelte Schlüssel A %1, B %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>re-run</source>
        <translation>erneut ausführen</translation>
    </message>
    <message>
        <source>**Not diffed**

</source>
        <translation>**Nicht verglichen**

</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>waiting for a person</source>
        <translation>wartet auf eine Person</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>run it</source>
        <translation>ausführen</translation>
    </message>
    <message>
        <source>**Impacted downstream, not diffed:** %1

</source>
        <translation>**Nachgelagert betroffen, nicht verglichen:** %1

</translation>
    </message>
    <message>
        <source>**Exposures affected:** %1

</source>
        <translation>**Betroffene Exposures:** %1

</translation>
    </message>
    <message>
        <source>&lt;sub&gt;Re-run everything with `tidemark-cli ci --integration FILE --pr %1 --rerun`.&lt;/sub&gt;
</source>
        <translation>&lt;sub&gt;Alles erneut ausführen mit `tidemark-cli ci --integration FILE --pr %1 --rerun`.&lt;/sub&gt;
</translation>
    </message>
    <message>
        <source>CI is switched off for integration &quot;%1&quot;</source>
        <translation>CI ist für die Integration „%1“ ausgeschaltet</translation>
    </message>
    <message>
        <source>the pull request does not carry the label &quot;%1&quot;</source>
        <translation>der Pull Request trägt das Label „%1“ nicht</translation>
    </message>
    <message>
        <source>the pull request targets &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>der Pull Request zielt auf „%1“, nicht auf „%2“</translation>
    </message>
    <message numerus="yes">
        <source>every changed file matches the files to ignore (%n file(s))</source>
        <translation>
            <numerusform>jede geänderte Datei passt zu den zu ignorierenden Dateien (%n Datei)</numerusform>
            <numerusform>jede geänderte Datei passt zu den zu ignorierenden Dateien (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>started by hand</source>
        <translation>von Hand gestartet</translation>
    </message>
    <message>
        <source>all gates passed</source>
        <translation>alle Gates bestanden</translation>
    </message>
    <message>
        <source>%1 models to diff is above the CI diff threshold of %2; start the diffs by hand</source>
        <translation>%1 zu vergleichende Modelle liegen über dem CI-Diff-Schwellenwert von %2; starten Sie die Diffs von Hand</translation>
    </message>
    <message>
        <source>new model: production has no table to compare with</source>
        <translation>neues Modell: Die Produktion hat keine Tabelle zum Vergleichen</translation>
    </message>
    <message>
        <source>the model is not in the plan</source>
        <translation>das Modell ist nicht im Plan</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) diffed</source>
        <translation>
            <numerusform>%n Modell verglichen</numerusform>
            <numerusform>%n Modelle verglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, primary key issues in %n</source>
        <translation>
            <numerusform>, Primärschlüsselprobleme in %n</numerusform>
            <numerusform>, Primärschlüsselprobleme in %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model diff(s) wait for a person to start them</source>
        <translation>
            <numerusform>%n Modell-Diff wartet darauf, von einer Person gestartet zu werden</numerusform>
            <numerusform>%n Modell-Diffs warten darauf, von einer Person gestartet zu werden</numerusform>
        </translation>
    </message>
    <message>
        <source> (errors do not fail the check for this integration)</source>
        <translation> (Fehler lassen die Prüfung für diese Integration nicht fehlschlagen)</translation>
    </message>
    <message>
        <source>the results store did not keep %1: %2</source>
        <translation>der Ergebnisspeicher hat %1 nicht behalten: %2</translation>
    </message>
    <message>
        <source>the gates&apos; outcome</source>
        <translation>das Ergebnis der Prüfungen</translation>
    </message>
    <message>
        <source>%1 (and the results store could not record it: %2)</source>
        <translation>%1 (und der Ergebnisspeicher konnte es nicht festhalten: %2)</translation>
    </message>
    <message>
        <source>Re-running with the plan already loaded</source>
        <translation>Erneuter Lauf mit dem bereits geladenen Plan</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>den Plan</translation>
    </message>
    <message>
        <source>the diff of %1</source>
        <translation>den Diff von %1</translation>
    </message>
    <message>
        <source>the run&apos;s outcome</source>
        <translation>das Ergebnis des Laufs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; muss %2 sein</translation>
    </message>
    <message>
        <source>an integration file holds one JSON object</source>
        <translation>eine Integrationsdatei enthält ein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;name&quot; must not be empty</source>
        <translation>&quot;name&quot; darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;repository.provider&quot; must be github or gitlab, not &quot;%1&quot;</source>
        <translation>&quot;repository.provider&quot; muss github oder gitlab sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;ci.commit_selection&quot; must be latest or merge-base, not &quot;%1&quot;</source>
        <translation>&quot;ci.commit_selection&quot; muss latest oder merge-base sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;ci.diff_threshold&quot; must be 0 (no threshold) or more</source>
        <translation>&quot;ci.diff_threshold&quot; muss 0 (kein Schwellenwert) oder mehr sein</translation>
    </message>
    <message>
        <source>&quot;connection.url&quot;: %1</source>
        <translation>&quot;connection.url&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;connection.url&quot; contains a password; remove it from the file and keep it in the keychain (or TIDEMARK_PASSWORD in CI)</source>
        <translation>&quot;connection.url&quot; enthält ein Passwort; entfernen Sie es aus der Datei und bewahren Sie es im Schlüsselbund auf (oder in CI in TIDEMARK_PASSWORD)</translation>
    </message>
    <message>
        <source>&quot;dbt_cloud.access_url&quot; is required (for example https://cloud.getdbt.com or your account&apos;s https://ACCOUNT_PREFIX.us1.dbt.com), unless &quot;artifacts&quot; names local folders</source>
        <translation>&quot;dbt_cloud.access_url&quot; ist erforderlich (zum Beispiel https://cloud.getdbt.com oder die https://ACCOUNT_PREFIX.us1.dbt.com Ihres Kontos), sofern &quot;artifacts&quot; keine lokalen Ordner nennt</translation>
    </message>
    <message>
        <source>cannot open the integration file %1: %2</source>
        <translation>die Integrationsdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; save the integration again from the desktop app</source>
        <translation>%1 ist kein gültiges JSON; speichern Sie die Integration erneut in der Desktop-App</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the integration needs a name</source>
        <translation>die Integration benötigt einen Namen</translation>
    </message>
    <message>
        <source>another integration is already named &quot;%1&quot;; pick another name</source>
        <translation>eine andere Integration heißt bereits „%1“; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>tidemark::cloud</name>
    <message>
        <source>an empty body</source>
        <translation>ein leerer Body</translation>
    </message>
    <message>
        <source>no dbt Cloud token is set: create a service token (or a personal access token) in dbt Cloud&apos;s account settings and enter it in the integration&apos;s settings or TIDEMARK_DBT_CLOUD_TOKEN</source>
        <translation>es ist kein dbt-Cloud-Token gesetzt: Erstellen Sie in den Kontoeinstellungen von dbt Cloud ein Service-Token (oder ein persönliches Zugriffstoken) und tragen Sie es in den Einstellungen der Integration oder in TIDEMARK_DBT_CLOUD_TOKEN ein</translation>
    </message>
    <message>
        <source>the dbt Cloud token contains spaces or characters a token cannot have: copy the token from dbt Cloud again</source>
        <translation>das dbt-Cloud-Token enthält Leerzeichen oder Zeichen, die ein Token nicht haben kann: Kopieren Sie das Token erneut aus dbt Cloud</translation>
    </message>
    <message>
        <source>no dbt Cloud access URL is set: enter your account&apos;s access URL from dbt Cloud&apos;s Account settings, e.g. https://cloud.getdbt.com or https://ACCOUNT_PREFIX.us1.dbt.com</source>
        <translation>es ist keine dbt-Cloud-Zugriffs-URL gesetzt: Tragen Sie die Zugriffs-URL Ihres Kontos aus den Kontoeinstellungen von dbt Cloud ein, z. B. https://cloud.getdbt.com oder https://ACCOUNT_PREFIX.us1.dbt.com</translation>
    </message>
    <message>
        <source>the dbt Cloud access URL &quot;%1&quot; is not a valid URL: enter it as https://cloud.getdbt.com or https://ACCOUNT_PREFIX.us1.dbt.com</source>
        <translation>die dbt-Cloud-Zugriffs-URL „%1“ ist keine gültige URL: Geben Sie sie als https://cloud.getdbt.com oder https://ACCOUNT_PREFIX.us1.dbt.com ein</translation>
    </message>
    <message>
        <source>the dbt Cloud access URL &quot;%1&quot; must start with https://: enter it as https://cloud.getdbt.com or https://ACCOUNT_PREFIX.us1.dbt.com</source>
        <translation>die dbt-Cloud-Zugriffs-URL „%1“ muss mit https:// beginnen: Geben Sie sie als https://cloud.getdbt.com oder https://ACCOUNT_PREFIX.us1.dbt.com ein</translation>
    </message>
    <message>
        <source>the dbt Cloud access URL &quot;%1&quot; must use https:// (plain http is accepted only for 127.0.0.1 or localhost, such as a local proxy)</source>
        <translation>die dbt-Cloud-Zugriffs-URL „%1“ muss https:// verwenden (einfaches http wird nur für 127.0.0.1 oder localhost akzeptiert, etwa für einen lokalen Proxy)</translation>
    </message>
    <message>
        <source>the dbt Cloud access URL &quot;%1&quot; must be only the scheme and host, without a path, query or user name: enter it as https://cloud.getdbt.com or https://ACCOUNT_PREFIX.us1.dbt.com</source>
        <translation>die dbt-Cloud-Zugriffs-URL „%1“ darf nur aus Schema und Host bestehen, ohne Pfad, Query oder Benutzernamen: Geben Sie sie als https://cloud.getdbt.com oder https://ACCOUNT_PREFIX.us1.dbt.com ein</translation>
    </message>
    <message>
        <source>dbt Cloud at %1 answered the request for %2 with something that is not JSON (%3): check that the access URL is your dbt Cloud account&apos;s and that no proxy or login page is in the way</source>
        <translation>dbt Cloud unter %1 hat die Anfrage nach %2 mit etwas beantwortet, das kein JSON ist (%3): Prüfen Sie, ob die Zugriffs-URL die Ihres dbt-Cloud-Kontos ist und kein Proxy und keine Anmeldeseite dazwischen liegt</translation>
    </message>
    <message>
        <source>dbt Cloud could not be asked for %1: %2</source>
        <translation>dbt Cloud konnte nicht nach %1 gefragt werden: %2</translation>
    </message>
    <message>
        <source>dbt Cloud rejected the token (401) at %1: the token is wrong or expired, or the access URL is not your account&apos;s (cell-based accounts use https://ACCOUNT_PREFIX.us1.dbt.com)</source>
        <translation>dbt Cloud hat das Token abgelehnt (401) unter %1: Das Token ist falsch oder abgelaufen, oder die Zugriffs-URL gehört nicht zu Ihrem Konto (zellbasierte Konten verwenden https://ACCOUNT_PREFIX.us1.dbt.com)</translation>
    </message>
    <message>
        <source>dbt Cloud refused access to %1 (403%2) at %3: the token lacks permission for it; use a token whose permission set allows it (reading jobs, runs and artifacts needs e.g. Read-only or Account Viewer, triggering and cancelling runs needs Job Admin)</source>
        <translation>dbt Cloud hat den Zugriff auf %1 verweigert (403%2) unter %3: Dem Token fehlt die Berechtigung dafür; verwenden Sie ein Token, dessen Berechtigungssatz es erlaubt (Jobs, Läufe und Artefakte zu lesen erfordert z. B. Read-only oder Account Viewer, Läufe auszulösen und abzubrechen erfordert Job Admin)</translation>
    </message>
    <message>
        <source>dbt Cloud could not find %1 (404%2) at %3: check the id, and that the token has permission to see it</source>
        <translation>dbt Cloud konnte %1 nicht finden (404%2) unter %3: Prüfen Sie die ID und ob das Token berechtigt ist, sie zu sehen</translation>
    </message>
    <message>
        <source> (it asks to wait %1 s)</source>
        <translation> (es bittet, %1 s zu warten)</translation>
    </message>
    <message>
        <source>dbt Cloud kept answering 429 Too Many Requests%1 for %2 at %3 after retries: the account is over its API rate limit (5,000 requests a minute, then a five-minute cooldown); try again in a few minutes</source>
        <translation>dbt Cloud antwortete für %2 unter %3 auch nach Wiederholungen mit 429 Too Many Requests%1: Das Konto hat sein API-Ratenlimit überschritten (5.000 Anfragen pro Minute, danach fünf Minuten Pause); versuchen Sie es in einigen Minuten erneut</translation>
    </message>
    <message>
        <source>dbt Cloud kept answering HTTP %1%2 for %3 at %4 after retries: the service has a problem; try again later (see https://status.getdbt.com)</source>
        <translation>dbt Cloud antwortete für %3 unter %4 auch nach Wiederholungen mit HTTP %1%2: Der Dienst hat ein Problem; versuchen Sie es später erneut (siehe https://status.getdbt.com)</translation>
    </message>
    <message>
        <source>dbt Cloud refused the request for %1 with HTTP %2%3 at %4: check the access URL and the ids in the integration&apos;s settings</source>
        <translation>dbt Cloud hat die Anfrage nach %1 mit HTTP %2%3 unter %4 abgelehnt: Prüfen Sie die Zugriffs-URL und die IDs in den Einstellungen der Integration</translation>
    </message>
    <message>
        <source>dbt Cloud at %1 answered the request for %2 with JSON that is not the expected {status, data} envelope (%3): check that the access URL is your dbt Cloud account&apos;s</source>
        <translation>dbt Cloud unter %1 hat die Anfrage nach %2 mit JSON beantwortet, das nicht die erwartete {status, data}-Hülle ist (%3): Prüfen Sie, ob die Zugriffs-URL die Ihres dbt-Cloud-Kontos ist</translation>
    </message>
    <message>
        <source>dbt Cloud at %1 answered the request for %2 with JSON whose &quot;data&quot; is not a run: check that the access URL is your dbt Cloud account&apos;s</source>
        <translation>dbt Cloud unter %1 hat die Anfrage nach %2 mit JSON beantwortet, dessen &quot;data&quot; kein Lauf ist: Prüfen Sie, ob die Zugriffs-URL die Ihres dbt-Cloud-Kontos ist</translation>
    </message>
    <message>
        <source>the accounts list</source>
        <translation>die Kontenliste</translation>
    </message>
    <message>
        <source>dbt Cloud at %1 answered the request for %2 with JSON whose &quot;data&quot; is not a list: check that the access URL is your dbt Cloud account&apos;s</source>
        <translation>dbt Cloud unter %1 hat die Anfrage nach %2 mit JSON beantwortet, dessen &quot;data&quot; keine Liste ist: Prüfen Sie, ob die Zugriffs-URL die Ihres dbt-Cloud-Kontos ist</translation>
    </message>
    <message>
        <source>the jobs of account %1</source>
        <translation>die Jobs von Konto %1</translation>
    </message>
    <message>
        <source>the runs of job %1 (account %2)</source>
        <translation>die Läufe von Job %1 (Konto %2)</translation>
    </message>
    <message>
        <source>the runs of account %1</source>
        <translation>die Läufe von Konto %1</translation>
    </message>
    <message>
        <source>run %1 of account %2</source>
        <translation>Lauf %1 von Konto %2</translation>
    </message>
    <message>
        <source>the dbt Cloud artifact path &quot;%1&quot; is not a file under the run&apos;s target/ folder: use a path such as manifest.json or run_results.json</source>
        <translation>der dbt-Cloud-Artefaktpfad „%1“ ist keine Datei im Ordner target/ des Laufs: Verwenden Sie einen Pfad wie manifest.json oder run_results.json</translation>
    </message>
    <message>
        <source>artifact %1 of run %2 (account %3)</source>
        <translation>Artefakt %1 von Lauf %2 (Konto %3)</translation>
    </message>
    <message>
        <source>job %1 of account %2 (to trigger a run)</source>
        <translation>Job %1 von Konto %2 (um einen Lauf auszulösen)</translation>
    </message>
    <message>
        <source>run %1 of account %2 (to cancel it)</source>
        <translation>Lauf %1 von Konto %2 (um ihn abzubrechen)</translation>
    </message>
</context>
<context>
    <name>tidemark::dbt</name>
    <message>
        <source>an unknown artifact</source>
        <translation>ein unbekanntes Artefakt</translation>
    </message>
    <message>
        <source>%1 is %2 (metadata.dbt_schema_version is &quot;%3&quot;), not a manifest.json. Pass the manifest.json from the dbt target/ folder.</source>
        <translation>%1 ist %2 (metadata.dbt_schema_version ist „%3“), keine manifest.json. Übergeben Sie die manifest.json aus dem dbt-Ordner target/.</translation>
    </message>
    <message>
        <source>%1 is a manifest of schema v%2 (dbt before 1.0); Tidemark reads v4 (dbt 1.0) to v12. Regenerate it with a current dbt (`dbt parse`).</source>
        <translation>%1 ist ein Manifest mit Schema v%2 (dbt vor 1.0); Tidemark liest v4 (dbt 1.0) bis v12. Erzeugen Sie es mit einem aktuellen dbt neu (`dbt parse`).</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file ends inside a string: it is truncated</source>
        <translation>die Datei endet innerhalb eines Strings: Sie ist abgeschnitten</translation>
    </message>
    <message>
        <source>the JSON ends early or is malformed: the file is truncated or not JSON</source>
        <translation>das JSON endet zu früh oder ist fehlerhaft: Die Datei ist abgeschnitten oder kein JSON</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>die Datei ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>a value has the wrong JSON type</source>
        <translation>ein Wert hat den falschen JSON-Typ</translation>
    </message>
    <message>
        <source>the file is too large to parse</source>
        <translation>die Datei ist zu groß zum Parsen</translation>
    </message>
    <message>
        <source>line %1, column %2: </source>
        <translation>Zeile %1, Spalte %2: </translation>
    </message>
    <message>
        <source> Regenerate the file with `dbt parse` (or download it again) and retry.</source>
        <translation> Erzeugen Sie die Datei mit `dbt parse` neu (oder laden Sie sie erneut herunter) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>%1: %2%3.</source>
        <translation>%1: %2%3.</translation>
    </message>
    <message>
        <source>%1: line 1, column 1: the file is not valid JSON.</source>
        <translation>%1: Zeile 1, Spalte 1: Die Datei ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>%1: line 1, column 1: expected a JSON object with &quot;metadata&quot; and &quot;nodes&quot;; this is not a dbt manifest.json.</source>
        <translation>%1: Zeile 1, Spalte 1: Erwartet wurde ein JSON-Objekt mit &quot;metadata&quot; und &quot;nodes&quot;; dies ist keine dbt-manifest.json.</translation>
    </message>
    <message>
        <source>%1: no metadata.dbt_schema_version: this is not a dbt manifest.json. Pass the manifest.json from the dbt target/ folder.</source>
        <translation>%1: keine metadata.dbt_schema_version: Dies ist keine dbt-manifest.json. Übergeben Sie die manifest.json aus dem dbt-Ordner target/.</translation>
    </message>
    <message>
        <source>%1: no &quot;nodes&quot; section: this is not a complete dbt manifest.json.</source>
        <translation>%1: kein Abschnitt &quot;nodes&quot;: Dies ist keine vollständige dbt-manifest.json.</translation>
    </message>
    <message>
        <source>%1: the file is empty or not JSON; regenerate it with dbt.</source>
        <translation>%1: Die Datei ist leer oder kein JSON; erzeugen Sie sie mit dbt neu.</translation>
    </message>
    <message>
        <source>%1 is not a run_results.json (metadata.dbt_schema_version is &quot;%2&quot;).</source>
        <translation>%1 ist keine run_results.json (metadata.dbt_schema_version ist „%2“).</translation>
    </message>
    <message>
        <source>%1: %2; regenerate it with dbt.</source>
        <translation>%1: %2; erzeugen Sie sie mit dbt neu.</translation>
    </message>
    <message>
        <source>%1: %2; the file is truncated or not JSON.</source>
        <translation>%1: %2; die Datei ist abgeschnitten oder kein JSON.</translation>
    </message>
    <message>
        <source>%1: no metadata.dbt_schema_version: this is not a dbt run_results.json.</source>
        <translation>%1: keine metadata.dbt_schema_version: Dies ist keine dbt-run_results.json.</translation>
    </message>
    <message>
        <source>Not a change plan: %1.</source>
        <translation>Kein Änderungsplan: %1.</translation>
    </message>
</context>
<context>
    <name>tidemark::diff</name>
    <message>
        <source>the join algorithm needs both tables on one connection; %1 and %2 are different (use --algorithm hash or auto)</source>
        <translation>der Join-Algorithmus benötigt beide Tabellen auf einer Verbindung; %1 und %2 sind verschieden (verwenden Sie --algorithm hash oder auto)</translation>
    </message>
    <message>
        <source>sampling applies to diffs on one connection; every row was compared</source>
        <translation>Stichproben gelten nur für Diffs auf einer Verbindung; es wurden alle Zeilen verglichen</translation>
    </message>
    <message>
        <source>the diff was cancelled</source>
        <translation>der Diff wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>the diff took longer than its time limit of %n second(s) and was stopped</source>
        <translation>
            <numerusform>der Diff dauerte länger als sein Zeitlimit von %n Sekunde und wurde gestoppt</numerusform>
            <numerusform>der Diff dauerte länger als sein Zeitlimit von %n Sekunden und wurde gestoppt</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tables&apos; columns</source>
        <translation>Spalten der Tabellen werden gelesen</translation>
    </message>
    <message>
        <source>Counting rows and checking keys of %1</source>
        <translation>Zeilen von %1 werden gezählt und Schlüssel geprüft</translation>
    </message>
    <message>
        <source>Comparing rows</source>
        <translation>Zeilen werden verglichen</translation>
    </message>
    <message numerus="yes">
        <source>stopped after downloading %n row(s) (--limit-download): the counts of exclusive and updated rows are lower bounds</source>
        <translation>
            <numerusform>nach dem Herunterladen von %n Zeile gestoppt (--limit-download): Die Anzahlen exklusiver und aktualisierter Zeilen sind Untergrenzen</numerusform>
            <numerusform>nach dem Herunterladen von %n Zeilen gestoppt (--limit-download): Die Anzahlen exklusiver und aktualisierter Zeilen sind Untergrenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>the two sides disagree on the number of matched rows (%1 against %2); the tables changed while they were compared</source>
        <translation>die beiden Seiten sind sich über die Anzahl zugeordneter Zeilen uneinig (%1 gegenüber %2); die Tabellen haben sich während des Vergleichs geändert</translation>
    </message>
    <message>
        <source>Profiling columns</source>
        <translation>Spalten werden profiliert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>no key columns: name the primary key with -k COLUMN[,COLUMN...]</source>
        <translation>keine Schlüsselspalten: Geben Sie den Primärschlüssel mit -k COLUMN[,COLUMN...] an</translation>
    </message>
    <message>
        <source>key column &quot;%1&quot; is not a column of %2 (its columns: %3)</source>
        <translation>Schlüsselspalte &quot;%1&quot; ist keine Spalte von %2 (ihre Spalten: %3)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (from --columns) is not a column of %2</source>
        <translation>Spalte &quot;%1&quot; (aus --columns) ist keine Spalte von %2</translation>
    </message>
    <message>
        <source>--tolerance names column &quot;%1&quot;, which %2 does not have</source>
        <translation>--tolerance nennt die Spalte &quot;%1&quot;, die %2 nicht hat</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of column &quot;%1&quot; in %2 are not %3 and were compared as text</source>
        <translation>
            <numerusform>%n Wert der Spalte &quot;%1&quot; in %2 gehört nicht zur Klasse %3 und wurde als Text verglichen</numerusform>
            <numerusform>%n Werte der Spalte &quot;%1&quot; in %2 gehören nicht zur Klasse %3 und wurden als Text verglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <source>UTC instants at microseconds</source>
        <translation>UTC-Zeitpunkte auf Mikrosekunden</translation>
    </message>
    <message>
        <source>UTC instants at milliseconds</source>
        <translation>UTC-Zeitpunkte auf Millisekunden</translation>
    </message>
    <message>
        <source>UTC instants at hundredths of a second</source>
        <translation>UTC-Zeitpunkte auf Hundertstelsekunden</translation>
    </message>
    <message>
        <source>UTC instants at tenths of a second</source>
        <translation>UTC-Zeitpunkte auf Zehntelsekunden</translation>
    </message>
    <message>
        <source>UTC instants at seconds</source>
        <translation>UTC-Zeitpunkte auf Sekunden</translation>
    </message>
    <message>
        <source>UTC instants at %1 fractional digits of a second</source>
        <translation>UTC-Zeitpunkte auf %1 Nachkommastellen einer Sekunde</translation>
    </message>
    <message>
        <source>A %1</source>
        <translation>A %1</translation>
    </message>
    <message>
        <source>B %1</source>
        <translation>B %1</translation>
    </message>
    <message>
        <source>numbers within %1</source>
        <translation>Zahlen mit höchstens %1 Abstand</translation>
    </message>
    <message>
        <source>numbers within %1 times B&apos;s value</source>
        <translation>Zahlen mit höchstens dem %1-Fachen des Werts von B als Abstand</translation>
    </message>
    <message>
        <source>integers</source>
        <translation>Ganzzahlen</translation>
    </message>
    <message>
        <source>decimals at scale %1</source>
        <translation>Dezimalzahlen mit %1 Nachkommastellen</translation>
    </message>
    <message>
        <source>exact decimals</source>
        <translation>exakte Dezimalzahlen</translation>
    </message>
    <message>
        <source>%1 rounded half away from zero</source>
        <translation>%1 kaufmännisch gerundet</translation>
    </message>
    <message>
        <source>%1 as its shortest decimal</source>
        <translation>%1 als kürzeste Dezimaldarstellung</translation>
    </message>
    <message>
        <source>exact doubles</source>
        <translation>exakte Gleitkommazahlen (double)</translation>
    </message>
    <message>
        <source>%1 converted to double</source>
        <translation>%1 in double umgewandelt</translation>
    </message>
    <message>
        <source>%1: SQLite text read as UTC</source>
        <translation>%1: SQLite-Text als UTC gelesen</translation>
    </message>
    <message>
        <source>%1 at midnight</source>
        <translation>%1 um Mitternacht</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>Datumswerte</translation>
    </message>
    <message>
        <source>%1: SQLite text YYYY-MM-DD</source>
        <translation>%1: SQLite-Text JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>booleans</source>
        <translation>Wahrheitswerte</translation>
    </message>
    <message>
        <source>%1: SQLite 1/0, t/f, true/false</source>
        <translation>%1: SQLite 1/0, t/f, true/false</translation>
    </message>
    <message>
        <source>%1 as 1/0</source>
        <translation>%1 als 1/0</translation>
    </message>
    <message>
        <source>UUIDs, ignoring case</source>
        <translation>UUIDs, ohne Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>text, ignoring case, NULL equal to &apos;&apos;</source>
        <translation>Text, ohne Groß-/Kleinschreibung, NULL gleich &apos;&apos;</translation>
    </message>
    <message>
        <source>text, ignoring case</source>
        <translation>Text, ohne Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>text, byte for byte, NULL equal to &apos;&apos;</source>
        <translation>Text, Byte für Byte, NULL gleich &apos;&apos;</translation>
    </message>
    <message>
        <source>text, byte for byte</source>
        <translation>Text, Byte für Byte</translation>
    </message>
    <message>
        <source>%1 written as text</source>
        <translation>%1 als Text geschrieben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>dates (YYYY-MM-DD)</source>
        <translation>Datumswerte (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>UUIDs</source>
        <translation>UUIDs</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>tolerance &quot;%1&quot; is not COLUMN=abs:X or COLUMN=rel:X</source>
        <translation>die Toleranz „%1“ hat nicht die Form SPALTE=abs:X oder SPALTE=rel:X</translation>
    </message>
    <message>
        <source>tolerance &quot;%1&quot; is not COLUMN=abs:X or COLUMN=rel:X with X a number of 0 or more</source>
        <translation>die Toleranz „%1“ hat nicht die Form SPALTE=abs:X oder SPALTE=rel:X mit einer Zahl X von 0 oder mehr</translation>
    </message>
    <message>
        <source>tolerance &quot;%1&quot;: a relative tolerance is a fraction below 1 (rel:0.01 is 1%)</source>
        <translation>Toleranz „%1“: Eine relative Toleranz ist ein Bruchteil unter 1 (rel:0.01 sind 1 %)</translation>
    </message>
    <message>
        <source>Not a diff result: %1.</source>
        <translation>Kein Diff-Ergebnis: %1.</translation>
    </message>
    <message>
        <source>Comparing the rows of the ranges that differ</source>
        <translation>Zeilen der abweichenden Bereiche werden verglichen</translation>
    </message>
    <message>
        <source>%1 returned the keys of %2 in another order than the other side, so the two cannot be merged; diff on a key of another type, or report this</source>
        <translation>%1 hat die Schlüssel von %2 in anderer Reihenfolge geliefert als die andere Seite, daher lassen sich beide nicht zusammenführen; vergleichen Sie über einen Schlüssel anderen Typs oder melden Sie dies</translation>
    </message>
    <message>
        <source>Fetching the rows whose values differ</source>
        <translation>Zeilen mit abweichenden Werten werden abgerufen</translation>
    </message>
    <message>
        <source>Fetching sample rows</source>
        <translation>Beispielzeilen werden abgerufen</translation>
    </message>
    <message>
        <source>Placing the boundaries of key ranges</source>
        <translation>Grenzen der Schlüsselbereiche werden gesetzt</translation>
    </message>
    <message>
        <source>Comparing checksums of key ranges (level %1)</source>
        <translation>Prüfsummen der Schlüsselbereiche werden verglichen (Ebene %1)</translation>
    </message>
    <message>
        <source>%1: cross-database diffs need PostgreSQL, MySQL/MariaDB or SQLite on both sides, whose values Tidemark normalises alike; diff ODBC tables on one connection (--algorithm join)</source>
        <translation>%1: datenbankübergreifende Diffs benötigen auf beiden Seiten PostgreSQL, MySQL/MariaDB oder SQLite, deren Werte Tidemark gleich normalisiert; vergleichen Sie ODBC-Tabellen auf einer Verbindung (--algorithm join)</translation>
    </message>
    <message>
        <source>Connecting to both databases</source>
        <translation>Verbindung zu beiden Datenbanken wird hergestellt</translation>
    </message>
    <message>
        <source>Counting rows of %1 and %2</source>
        <translation>Zeilen von %1 und %2 werden gezählt</translation>
    </message>
    <message>
        <source>Checking the keys of %1 and %2 for duplicates</source>
        <translation>Schlüssel von %1 und %2 werden auf Duplikate geprüft</translation>
    </message>
</context>
<context>
    <name>tidemark::exporting</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation>Für den Export wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>tidemark::git</name>
    <message>
        <source>The %1 API URL &quot;%2&quot; is not an http(s) URL: enter one like %3</source>
        <translation>Die %1-API-URL „%2“ ist keine http(s)-URL: Geben Sie eine wie %3 ein</translation>
    </message>
    <message>
        <source>Unknown code host &quot;%1&quot; in the integration&apos;s repository settings: use &quot;github&quot; or &quot;gitlab&quot;</source>
        <translation>Unbekannter Code-Host „%1“ in den Repository-Einstellungen der Integration: Verwenden Sie &quot;github&quot; oder &quot;gitlab&quot;</translation>
    </message>
    <message>
        <source>The repository&apos;s owner and name are not both set in the integration: enter them as they appear in the repository&apos;s URL</source>
        <translation>Besitzer und Name des Repositorys sind in der Integration nicht beide gesetzt: Geben Sie sie so ein, wie sie in der URL des Repositorys stehen</translation>
    </message>
    <message>
        <source>No access token for the %1 repository %2/%3: store one in the keychain or set TIDEMARK_GIT_TOKEN</source>
        <translation>Kein Zugriffstoken für das %1-Repository %2/%3: Speichern Sie eines im Schlüsselbund oder setzen Sie TIDEMARK_GIT_TOKEN</translation>
    </message>
    <message>
        <source>read access to pull requests (classic token: the repo scope, or public_repo for a public repository; fine-grained token: Pull requests read)</source>
        <translation>Lesezugriff auf Pull Requests (klassisches Token: der Scope repo, oder public_repo für ein öffentliches Repository; Fine-grained Token: Pull requests read)</translation>
    </message>
    <message>
        <source>read access to the repository contents (classic token: the repo scope; fine-grained token: Contents read)</source>
        <translation>Lesezugriff auf die Inhalte des Repositorys (klassisches Token: der Scope repo; Fine-grained Token: Contents read)</translation>
    </message>
    <message>
        <source>write access to pull request comments (classic token: the repo scope; fine-grained token: Pull requests read and write)</source>
        <translation>Schreibzugriff auf Pull-Request-Kommentare (klassisches Token: der Scope repo; Fine-grained Token: Pull requests read and write)</translation>
    </message>
    <message>
        <source>write access to commit statuses (classic token: the repo:status scope; fine-grained token: Commit statuses read and write)</source>
        <translation>Schreibzugriff auf Commit-Status (klassisches Token: der Scope repo:status; Fine-grained Token: Commit statuses read and write)</translation>
    </message>
    <message>
        <source>https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise</source>
        <translation>https://api.github.com oder https://HOST/api/v3 für GitHub Enterprise</translation>
    </message>
    <message>
        <source>a pull request object was expected</source>
        <translation>ein Pull-Request-Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>listing the open pull requests</source>
        <translation>die offenen Pull Requests aufgelistet wurden</translation>
    </message>
    <message>
        <source>reading pull request #%1</source>
        <translation>Pull Request #%1 gelesen wurde</translation>
    </message>
    <message>
        <source>listing the files of pull request #%1</source>
        <translation>die Dateien von Pull Request #%1 aufgelistet wurden</translation>
    </message>
    <message>
        <source>finding the merge base of %1 and %2</source>
        <translation>die Merge-Base von %1 und %2 gesucht wurde</translation>
    </message>
    <message>
        <source>reading the comments of pull request #%1</source>
        <translation>die Kommentare von Pull Request #%1 gelesen wurden</translation>
    </message>
    <message>
        <source>commenting on pull request #%1</source>
        <translation>Pull Request #%1 kommentiert wurde</translation>
    </message>
    <message>
        <source>updating comment %1 on pull request #%2</source>
        <translation>Kommentar %1 in Pull Request #%2 aktualisiert wurde</translation>
    </message>
    <message>
        <source>setting the commit status of %1</source>
        <translation>der Commit-Status von %1 gesetzt wurde</translation>
    </message>
    <message>
        <source>the read_api scope (or api) and at least Reporter access to the project</source>
        <translation>den Scope read_api (oder api) und mindestens Reporter-Zugriff auf das Projekt</translation>
    </message>
    <message>
        <source>the api scope and at least Reporter access to the project</source>
        <translation>den Scope api und mindestens Reporter-Zugriff auf das Projekt</translation>
    </message>
    <message>
        <source>the api scope and at least Developer access to the project</source>
        <translation>den Scope api und mindestens Developer-Zugriff auf das Projekt</translation>
    </message>
    <message>
        <source>https://gitlab.com/api/v4, or https://HOST/api/v4 for a self-managed GitLab</source>
        <translation>https://gitlab.com/api/v4 oder https://HOST/api/v4 für ein selbst verwaltetes GitLab</translation>
    </message>
    <message>
        <source>a merge request object was expected</source>
        <translation>ein Merge-Request-Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>listing the open merge requests</source>
        <translation>die offenen Merge Requests aufgelistet wurden</translation>
    </message>
    <message>
        <source>reading merge request !%1</source>
        <translation>Merge Request !%1 gelesen wurde</translation>
    </message>
    <message>
        <source>listing the files of merge request !%1</source>
        <translation>die Dateien von Merge Request !%1 aufgelistet wurden</translation>
    </message>
    <message>
        <source>reading the notes of merge request !%1</source>
        <translation>die Notizen von Merge Request !%1 gelesen wurden</translation>
    </message>
    <message>
        <source>commenting on merge request !%1</source>
        <translation>Merge Request !%1 kommentiert wurde</translation>
    </message>
    <message>
        <source>updating note %1 on merge request !%2</source>
        <translation>Notiz %1 in Merge Request !%2 aktualisiert wurde</translation>
    </message>
    <message>
        <source>%1 (while %2 on %3)</source>
        <translation>%1 (während %2, bei %3)</translation>
    </message>
    <message>
        <source>cancelled while waiting for %1&apos;s rate limit (while %2)</source>
        <translation>abgebrochen beim Warten auf das Ratenlimit von %1 (beim %2)</translation>
    </message>
    <message>
        <source>the body was empty</source>
        <translation>der Body war leer</translation>
    </message>
    <message>
        <source>the body is not JSON: %1 at offset %2</source>
        <translation>der Body ist kein JSON: %1 an Offset %2</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>eine Liste wurde erwartet</translation>
    </message>
    <message>
        <source>%1 pointed the next page at another server (%2) while %3: check the API URL of the integration; Tidemark sends the token only to %4</source>
        <translation>%1 hat die nächste Seite auf einen anderen Server verwiesen (%2), während %3: Prüfen Sie die API-URL der Integration; Tidemark sendet das Token nur an %4</translation>
    </message>
    <message>
        <source>%1&apos;s answer while %2 was not the expected JSON (%3): check that the API URL %4 is the %1 API root (%5)</source>
        <translation>die Antwort von %1, während %2, war nicht das erwartete JSON (%3): Prüfen Sie, ob die API-URL %4 die API-Wurzel von %1 ist (%5)</translation>
    </message>
    <message>
        <source>%1 is missing or has the wrong type</source>
        <translation>%1 fehlt oder hat den falschen Typ</translation>
    </message>
    <message>
        <source>%1&apos;s API rate limit for this token is used up until %2 UTC (while %3): wait until then, or use a token with a higher limit</source>
        <translation>das API-Ratenlimit von %1 für dieses Token ist bis %2 UTC aufgebraucht (während %3): Warten Sie bis dahin oder verwenden Sie ein Token mit einem höheren Limit</translation>
    </message>
    <message>
        <source>%1 kept refusing requests for exceeding its rate limit while %2: wait a few minutes and try again</source>
        <translation>%1 hat Anfragen wegen Überschreitung seines Ratenlimits wiederholt abgelehnt, während %2: Warten Sie einige Minuten und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 rejected the access token (401 Unauthorized%2) while %3: check that the token is correct and has not expired or been revoked</source>
        <translation>%1 hat das Zugriffstoken abgelehnt (401 Unauthorized%2), während %3: Prüfen Sie, ob das Token korrekt ist und nicht abgelaufen ist oder widerrufen wurde</translation>
    </message>
    <message>
        <source>%1 denied permission (403 Forbidden%2) while %3 in %4: give the token %5</source>
        <translation>%1 hat die Berechtigung verweigert (403 Forbidden%2), während in %4 %3: Geben Sie dem Token %5</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found%2 while %3: check that %4 and what was asked for exist and that the token has permission to read them (%1 answers 404 when it lacks it)</source>
        <translation>%1 antwortete 404 Not Found%2, während %3: Prüfen Sie, ob %4 und das Angefragte existieren und das Token berechtigt ist, sie zu lesen (%1 antwortet mit 404, wenn die Berechtigung fehlt)</translation>
    </message>
    <message>
        <source>%1 kept failing with HTTP %2%3 while %4: the service is having trouble, try again later</source>
        <translation>%1 schlug wiederholt mit HTTP %2%3 fehl, während %4: Der Dienst hat Probleme, versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>%1 refused the request with HTTP %2%3 while %4: check the integration&apos;s repository settings</source>
        <translation>%1 hat die Anfrage mit HTTP %2%3 abgelehnt, während %4: Prüfen Sie die Repository-Einstellungen der Integration</translation>
    </message>
</context>
<context>
    <name>tidemark::json</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>tidemark::net</name>
    <message>
        <source>%1: the request was cancelled</source>
        <translation>%1: Die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>cannot reach %1 (connection refused): check the URL and that the service is up</source>
        <translation>%1 ist nicht erreichbar (Verbindung abgelehnt): Prüfen Sie die URL und ob der Dienst läuft</translation>
    </message>
    <message>
        <source>unknown host %1: check the URL</source>
        <translation>unbekannter Host %1: Prüfen Sie die URL</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed (%2)</source>
        <translation>%1: Der TLS-Handshake ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the answer was cut short (%2)</source>
        <translation>%1: Die Antwort wurde abgeschnitten (%2)</translation>
    </message>
</context>
<context>
    <name>tidemark::profiles</name>
    <message>
        <source>the environment variable %1 is not set and env_var(&apos;%1&apos;) has no default; set it or add a default: env_var(&apos;%1&apos;, &apos;value&apos;)</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt und env_var(&apos;%1&apos;) hat keinen Standardwert; setzen Sie sie oder fügen Sie einen Standardwert hinzu: env_var(&apos;%1&apos;, &apos;value&apos;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses Jinja that Tidemark does not render; only env_var() is supported</source>
        <translation>„%1“ verwendet Jinja, das Tidemark nicht rendert; nur env_var() wird unterstützt</translation>
    </message>
    <message>
        <source>profiles.yml is not valid YAML: line %1, column %2: %3</source>
        <translation>profiles.yml ist kein gültiges YAML: Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>profiles.yml is empty</source>
        <translation>profiles.yml ist leer</translation>
    </message>
    <message>
        <source>profiles.yml must map profile names to profiles</source>
        <translation>profiles.yml muss Profilnamen auf Profile abbilden</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no &quot;outputs:&quot; map of targets</source>
        <translation>Profil „%1“ hat keine &quot;outputs:&quot;-Map mit Targets</translation>
    </message>
    <message>
        <source>target &quot;%1&quot; of profile &quot;%2&quot; is not a map of settings</source>
        <translation>Target „%1“ von Profil „%2“ ist keine Map von Einstellungen</translation>
    </message>
    <message>
        <source>profiles.yml: line %1, column %2: %3</source>
        <translation>profiles.yml: Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>profiles.yml holds no profiles</source>
        <translation>profiles.yml enthält keine Profile</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>profiles.yml has no profile &quot;%1&quot;; it has: %2</source>
        <translation>profiles.yml hat kein Profil „%1“; vorhanden sind: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; names no default target (&quot;target:&quot;); pick one of: %2</source>
        <translation>Profil „%1“ nennt kein Standard-Target (&quot;target:&quot;); wählen Sie eines von: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no target &quot;%2&quot;; it has: %3</source>
        <translation>Profil „%1“ hat kein Target „%2“; vorhanden sind: %3</translation>
    </message>
    <message>
        <source>target &quot;%1&quot; of profile &quot;%2&quot;</source>
        <translation>Target „%1“ von Profil „%2“</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 has no &quot;type:&quot;</source>
        <translation>%1 hat kein &quot;type:&quot;</translation>
    </message>
    <message>
        <source>%1 uses the &quot;%2&quot; adapter, which Tidemark does not connect to directly; use an ODBC connection (odbc://DSN) to that warehouse instead</source>
        <translation>%1 verwendet den Adapter „%2“, mit dem sich Tidemark nicht direkt verbindet; verwenden Sie stattdessen eine ODBC-Verbindung (odbc://DSN) zu diesem Warehouse</translation>
    </message>
    <message>
        <source>%1 names no database file (&quot;schemas_and_paths: {main: ...}&quot;)</source>
        <translation>%1 nennt keine Datenbankdatei (&quot;schemas_and_paths: {main: ...}&quot;)</translation>
    </message>
    <message>
        <source>%1 has no host</source>
        <translation>%1 hat keinen Host</translation>
    </message>
    <message>
        <source>%1 has no database (&quot;%2:&quot;)</source>
        <translation>%1 hat keine Datenbank (&quot;%2:&quot;)</translation>
    </message>
    <message>
        <source>%1: port &quot;%2&quot; is not a port number (1 to 65535)</source>
        <translation>%1: Port „%2“ ist keine Portnummer (1 bis 65535)</translation>
    </message>
    <message>
        <source>%1 does not make a valid connection URL (host &quot;%2&quot;)</source>
        <translation>%1 ergibt keine gültige Verbindungs-URL (Host „%2“)</translation>
    </message>
</context>
<context>
    <name>tidemark::review</name>
    <message>
        <source>triggering the PR job needs the pull request&apos;s head commit from %1: save the repository&apos;s token in the integration (or set TIDEMARK_GIT_TOKEN for tidemark-cli)</source>
        <translation>zum Auslösen des PR-Jobs wird der Head-Commit des Pull Requests von %1 benötigt: Speichern Sie den Token des Repositorys in der Integration (oder setzen Sie TIDEMARK_GIT_TOKEN für tidemark-cli)</translation>
    </message>
    <message>
        <source>Triggered by Tidemark for pull request #%1</source>
        <translation>Von Tidemark für Pull Request #%1 ausgelöst</translation>
    </message>
    <message>
        <source>dbt Cloud run %1 started for pull request #%2 (%3)</source>
        <translation>dbt-Cloud-Lauf %1 für Pull Request #%2 gestartet (%3)</translation>
    </message>
    <message>
        <source>no secret store to read the integration&apos;s secrets from</source>
        <translation>kein Geheimnisspeicher, aus dem die Geheimnisse der Integration gelesen werden können</translation>
    </message>
    <message>
        <source>the pipeline was cancelled</source>
        <translation>die Pipeline wurde abgebrochen</translation>
    </message>
    <message>
        <source>no dbt Cloud token: save the integration&apos;s token in the desktop app (or set TIDEMARK_DBT_CLOUD_TOKEN for tidemark-cli)</source>
        <translation>kein dbt-Cloud-Token: Speichern Sie den Token der Integration in der Desktop-App (oder setzen Sie TIDEMARK_DBT_CLOUD_TOKEN für tidemark-cli)</translation>
    </message>
    <message>
        <source>no %1 token: save the integration&apos;s token in the desktop app (or set TIDEMARK_GIT_TOKEN for tidemark-cli)</source>
        <translation>kein %1-Token: Speichern Sie den Token der Integration in der Desktop-App (oder setzen Sie TIDEMARK_GIT_TOKEN für tidemark-cli)</translation>
    </message>
    <message>
        <source>%1 (and the pull request&apos;s status could not be set to error: %2)</source>
        <translation>%1 (und der Status des Pull Requests konnte nicht auf Fehler gesetzt werden: %2)</translation>
    </message>
</context>
<context>
    <name>tidemark::secrets</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>cannot read %1 from the system keychain</source>
        <translation>%1 kann nicht aus dem System-Schlüsselbund gelesen werden</translation>
    </message>
    <message>
        <source>cannot save %1 in the system keychain</source>
        <translation>%1 kann nicht im System-Schlüsselbund gespeichert werden</translation>
    </message>
    <message>
        <source>cannot remove %1 from the system keychain</source>
        <translation>%1 kann nicht aus dem System-Schlüsselbund entfernt werden</translation>
    </message>
    <message>
        <source>%1: the keychain did not answer within %2 seconds; check that it is running and unlocked</source>
        <translation>%1: Der Schlüsselbund hat nicht innerhalb von %2 Sekunden geantwortet; prüfen Sie, ob er läuft und entsperrt ist</translation>
    </message>
    <message>
        <source>%1: access was denied (%2); unlock the keychain or allow Tidemark to use it, then try again</source>
        <translation>%1: Der Zugriff wurde verweigert (%2); entsperren Sie den Schlüsselbund oder erlauben Sie Tidemark, ihn zu verwenden, und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>%1: the keychain has no default keyring (and could not show a prompt to create one); create or unlock one in the keyring manager (e.g. Seahorse), or set %2 instead</source>
        <translation>%1: Der Schlüsselbund hat keinen Standard-Schlüsselring (und konnte keine Abfrage zum Anlegen eines solchen anzeigen); legen Sie in der Schlüsselringverwaltung (z. B. Seahorse) einen an oder entsperren Sie einen, oder setzen Sie stattdessen %2</translation>
    </message>
    <message>
        <source>%1: %2; check that the keychain is running and unlocked</source>
        <translation>%1: %2; prüfen Sie, ob der Schlüsselbund läuft und entsperrt ist</translation>
    </message>
    <message>
        <source>%1: no system keychain is running (on Linux: a Secret Service such as gnome-keyring); start one, or set %2 instead</source>
        <translation>%1: Es läuft kein System-Schlüsselbund (unter Linux: ein Secret Service wie gnome-keyring); starten Sie einen oder setzen Sie stattdessen %2</translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot;</source>
        <translation>das Geheimnis „%1“</translation>
    </message>
    <message>
        <source>the dbt Cloud token of integration &quot;%1&quot;</source>
        <translation>das dbt-Cloud-Token der Integration „%1“</translation>
    </message>
    <message>
        <source>the code host token of integration &quot;%1&quot;</source>
        <translation>das Code-Host-Token der Integration „%1“</translation>
    </message>
    <message>
        <source>the warehouse password of integration &quot;%1&quot;</source>
        <translation>das Warehouse-Passwort der Integration „%1“</translation>
    </message>
    <message>
        <source>cannot %1 %2: secrets from environment variables are read-only; change %3 in the environment, or use the system keychain</source>
        <translation>%2 lässt sich nicht %1: Geheimnisse aus Umgebungsvariablen sind schreibgeschützt; ändern Sie %3 in der Umgebung oder verwenden Sie den System-Schlüsselbund</translation>
    </message>
    <message>
        <source>save</source>
        <translation>speichern</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>%1: cancelled while waiting for the keychain</source>
        <translation>%1: beim Warten auf den Schlüsselbund abgebrochen</translation>
    </message>
</context>
<context>
    <name>tidemark::store</name>
    <message>
        <source>cannot read the schema version of the results store %1</source>
        <translation>die Schemaversion des Ergebnisspeichers %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the results store %1 was written by a newer Tidemark (schema version %2; this one knows up to %3): update Tidemark, or move the file aside to start a new store</source>
        <translation>der Ergebnisspeicher %1 wurde von einem neueren Tidemark geschrieben (Schemaversion %2; dieses kennt bis %3): Aktualisieren Sie Tidemark oder verschieben Sie die Datei, um einen neuen Speicher zu beginnen</translation>
    </message>
    <message>
        <source>cannot upgrade the results store %1 to schema version %2</source>
        <translation>der Ergebnisspeicher %1 kann nicht auf Schemaversion %2 aktualisiert werden</translation>
    </message>
    <message>
        <source>%1: another Tidemark process kept the store locked for more than 10 seconds; try again when it has finished</source>
        <translation>%1: Ein anderer Tidemark-Prozess hat den Speicher länger als 10 Sekunden gesperrt; versuchen Sie es erneut, wenn er fertig ist</translation>
    </message>
    <message>
        <source>%1: the file or its folder is read-only; check the permissions of %2</source>
        <translation>%1: Die Datei oder ihr Ordner ist schreibgeschützt; prüfen Sie die Berechtigungen von %2</translation>
    </message>
    <message>
        <source>%1: the disk is full; free some space and try again</source>
        <translation>%1: Der Datenträger ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1: the file is damaged or is not a results store (%2); move it aside to start a new store</source>
        <translation>%1: Die Datei ist beschädigt oder kein Ergebnisspeicher (%2); verschieben Sie sie, um einen neuen Speicher zu beginnen</translation>
    </message>
    <message>
        <source>%1: %2; check that the folder exists and is writable</source>
        <translation>%1: %2; prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>es ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>its gate outcome: %1</source>
        <translation>sein Gate-Ergebnis: %1</translation>
    </message>
    <message>
        <source>its summary: %1</source>
        <translation>seine Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the results store; check that it is writable</source>
        <translation>der Ordner %1 für den Ergebnisspeicher kann nicht angelegt werden; prüfen Sie, ob er beschreibbar ist</translation>
    </message>
    <message>
        <source>cannot open the results store %1: Qt&apos;s SQLite driver (QSQLITE) is missing; install the Qt SQL SQLite plugin</source>
        <translation>der Ergebnisspeicher %1 kann nicht geöffnet werden: Der SQLite-Treiber von Qt (QSQLITE) fehlt; installieren Sie das SQLite-Plugin für Qt SQL</translation>
    </message>
    <message>
        <source>cannot open the results store %1</source>
        <translation>der Ergebnisspeicher %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: there is no such run (it may have been deleted)</source>
        <translation>%1: Diesen Lauf gibt es nicht (er wurde möglicherweise gelöscht)</translation>
    </message>
    <message>
        <source>%1: the run has already ended as failed (interrupted runs are marked so when their process is gone); start a new run</source>
        <translation>%1: Der Lauf ist bereits als fehlgeschlagen beendet (unterbrochene Läufe werden so markiert, wenn ihr Prozess nicht mehr existiert); starten Sie einen neuen Lauf</translation>
    </message>
    <message>
        <source>%1: the run has already ended as %2; start a new run</source>
        <translation>%1: Der Lauf ist bereits als %2 beendet; starten Sie einen neuen Lauf</translation>
    </message>
    <message>
        <source>cannot record a new run of integration &quot;%1&quot; in the results store %2</source>
        <translation>ein neuer Lauf der Integration „%1“ kann nicht im Ergebnisspeicher %2 erfasst werden</translation>
    </message>
    <message>
        <source>cannot save the gate outcome of run %1 in the results store %2</source>
        <translation>das Gate-Ergebnis von Lauf %1 kann nicht im Ergebnisspeicher %2 gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save the plan of run %1 in the results store %2</source>
        <translation>der Plan von Lauf %1 kann nicht im Ergebnisspeicher %2 gespeichert werden</translation>
    </message>
    <message>
        <source>cannot record the diff of %1 in run %2 in the results store %3</source>
        <translation>der Diff von %1 in Lauf %2 kann nicht im Ergebnisspeicher %3 erfasst werden</translation>
    </message>
    <message>
        <source>cannot finish run %1 in the results store %2</source>
        <translation>Lauf %1 im Ergebnisspeicher %2 kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>%1: a finished run needs a final state (complete, failed or cancelled)</source>
        <translation>%1: Ein beendeter Lauf benötigt einen Endzustand (complete, failed oder cancelled)</translation>
    </message>
    <message>
        <source>the run ended before this diff finished</source>
        <translation>der Lauf endete, bevor dieser Diff fertig war</translation>
    </message>
    <message>
        <source>cannot mark interrupted runs in the results store %1</source>
        <translation>unterbrochene Läufe im Ergebnisspeicher %1 können nicht markiert werden</translation>
    </message>
    <message>
        <source>cannot delete run %1 from the results store %2</source>
        <translation>Lauf %1 kann nicht aus dem Ergebnisspeicher %2 gelöscht werden</translation>
    </message>
    <message>
        <source>%1: run %2 holds data that cannot be read (%3); delete that run</source>
        <translation>%1: Lauf %2 enthält Daten, die nicht gelesen werden können (%3); löschen Sie diesen Lauf</translation>
    </message>
    <message>
        <source>cannot read the runs in the results store %1</source>
        <translation>die Läufe im Ergebnisspeicher %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the runs of pull request %1 in the results store %2</source>
        <translation>die Läufe von Pull Request %1 im Ergebnisspeicher %2 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read run %1 in the results store %2</source>
        <translation>Lauf %1 im Ergebnisspeicher %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2; delete that run</source>
        <translation>%1: %2; löschen Sie diesen Lauf</translation>
    </message>
    <message>
        <source>%1: its plan: %2; delete that run</source>
        <translation>%1: sein Plan: %2; löschen Sie diesen Lauf</translation>
    </message>
    <message>
        <source>%1: the result of %2: %3; delete that run</source>
        <translation>%1: das Ergebnis von %2: %3; löschen Sie diesen Lauf</translation>
    </message>
</context>
<context>
    <name>tidemark::ui</name>
    <message>
        <source>the model&apos;s meta (primary-key tag)</source>
        <translation>die Meta-Angaben des Modells (Primärschlüssel-Tag)</translation>
    </message>
    <message>
        <source>column meta (primary-key: true)</source>
        <translation>Spalten-Meta (primary-key: true)</translation>
    </message>
    <message>
        <source>a column tag (primary-key)</source>
        <translation>ein Spalten-Tag (primary-key)</translation>
    </message>
    <message>
        <source>a uniqueness test</source>
        <translation>ein Eindeutigkeitstest</translation>
    </message>
    <message>
        <source>the unique_key config</source>
        <translation>die unique_key-Konfiguration</translation>
    </message>
    <message>
        <source>a primary_key constraint</source>
        <translation>ein primary_key-Constraint</translation>
    </message>
    <message>
        <source>the column&apos;s name (id, pk, pkey or &lt;model&gt;_id)</source>
        <translation>der Spaltenname (id, pk, pkey oder &lt;model&gt;_id)</translation>
    </message>
    <message>
        <source>no rule matched</source>
        <translation>keine Regel hat gegriffen</translation>
    </message>
    <message>
        <source>the demo resource %1 is missing from this build</source>
        <translation>die Demo-Ressource %1 fehlt in diesem Build</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the demo warehouse script is damaged: %1</source>
        <translation>das Skript des Demo-Warehouse ist beschädigt: %1</translation>
    </message>
    <message>
        <source>cannot create the demo folder %1</source>
        <translation>der Demo-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no token for the repository: edit the integration and enter one</source>
        <translation>kein Token für das Repository: Bearbeiten Sie die Integration und geben Sie einen ein</translation>
    </message>
    <message>
        <source>building the demo warehouse failed: %1</source>
        <translation>Das Demo-Warehouse konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>no code host to ask for the pull requests</source>
        <translation>kein Code-Host, der nach den Pull Requests gefragt werden kann</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Datei wählen</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::AdHocDiffWindow</name>
    <message>
        <source>Diff two tables</source>
        <translation>Diff zweier Tabellen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>postgresql://user@host/db, mysql://…, sqlite:///path.db, odbc://DSN</source>
        <translation>postgresql://benutzer@host/db, mysql://…, sqlite:///pfad.db, odbc://DSN</translation>
    </message>
    <message>
        <source>schema.table (production)</source>
        <translation>schema.tabelle (Produktion)</translation>
    </message>
    <message>
        <source>Same connection for both tables</source>
        <translation>Dieselbe Verbindung für beide Tabellen</translation>
    </message>
    <message>
        <source>connection URL of the second table</source>
        <translation>Verbindungs-URL der zweiten Tabelle</translation>
    </message>
    <message>
        <source>schema.table (pull request)</source>
        <translation>schema.tabelle (Pull Request)</translation>
    </message>
    <message>
        <source>used when a URL carries no password</source>
        <translation>wird verwendet, wenn eine URL kein Passwort enthält</translation>
    </message>
    <message>
        <source>Connection A:</source>
        <translation>Verbindung A:</translation>
    </message>
    <message>
        <source>Table A:</source>
        <translation>Tabelle A:</translation>
    </message>
    <message>
        <source>Connection B:</source>
        <translation>Verbindung B:</translation>
    </message>
    <message>
        <source>Table B:</source>
        <translation>Tabelle B:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>id, or order_no, line_no</source>
        <translation>id oder order_no, line_no</translation>
    </message>
    <message>
        <source>all shared columns</source>
        <translation>alle gemeinsamen Spalten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>SQL condition applied to both tables</source>
        <translation>SQL-Bedingung für beide Tabellen</translation>
    </message>
    <message>
        <source>amount=abs:0.01, rate=rel:0.001</source>
        <translation>amount=abs:0.01, rate=rel:0.001</translation>
    </message>
    <message>
        <source>Automatic (join on one connection, hash across two)</source>
        <translation>Automatisch (Join bei einer Verbindung, Hash bei zwei Verbindungen)</translation>
    </message>
    <message>
        <source>Join (one connection)</source>
        <translation>Join (eine Verbindung)</translation>
    </message>
    <message>
        <source>Hash (checksums of key ranges)</source>
        <translation>Hash (Prüfsummen von Schlüsselbereichen)</translation>
    </message>
    <message>
        <source>Profile every column (count, NULLs, distinct, min, max, mean)</source>
        <translation>Jede Spalte profilieren (Anzahl, NULLs, verschiedene Werte, Min, Max, Mittelwert)</translation>
    </message>
    <message>
        <source>Key columns:</source>
        <translation>Schlüsselspalten:</translation>
    </message>
    <message>
        <source>Compare only:</source>
        <translation>Nur vergleichen:</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>Ausschließen:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Toleranz:</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithmus:</translation>
    </message>
    <message>
        <source>Run diff</source>
        <translation>Diff ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fill in the two tables and their key, then run the diff.</source>
        <translation>Geben Sie die beiden Tabellen und ihren Schlüssel an und führen Sie dann den Diff aus.</translation>
    </message>
    <message>
        <source>Enter the connection URL of table A.</source>
        <translation>Geben Sie die Verbindungs-URL von Tabelle A ein.</translation>
    </message>
    <message>
        <source>Connection A: %1</source>
        <translation>Verbindung A: %1</translation>
    </message>
    <message>
        <source>Enter the connection URL of table B, or check &quot;Same connection&quot;.</source>
        <translation>Geben Sie die Verbindungs-URL von Tabelle B ein oder aktivieren Sie „Dieselbe Verbindung“.</translation>
    </message>
    <message>
        <source>Connection B: %1</source>
        <translation>Verbindung B: %1</translation>
    </message>
    <message>
        <source>Enter table A.</source>
        <translation>Geben Sie Tabelle A ein.</translation>
    </message>
    <message>
        <source>Table A: %1</source>
        <translation>Tabelle A: %1</translation>
    </message>
    <message>
        <source>Enter table B.</source>
        <translation>Geben Sie Tabelle B ein.</translation>
    </message>
    <message>
        <source>Table B: %1</source>
        <translation>Tabelle B: %1</translation>
    </message>
    <message>
        <source>Enter the key column(s) that identify a row, separated by commas.</source>
        <translation>Geben Sie die Schlüsselspalte(n) ein, die eine Zeile identifizieren, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Diffing %1 and %2…</source>
        <translation>Diff von %1 und %2 läuft…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Diff cancelled.</source>
        <translation>Diff abgebrochen.</translation>
    </message>
    <message>
        <source>The diff was cancelled.</source>
        <translation>Der Diff wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Diff failed.</source>
        <translation>Diff fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No result: the diff failed.</source>
        <translation>Kein Ergebnis: Der Diff ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Fertig in %1 s.</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ArtifactsSection</name>
    <message>
        <source>Local artifacts (instead of dbt Cloud)</source>
        <translation>Lokale Artefakte (statt dbt Cloud)</translation>
    </message>
    <message>
        <source>For dbt Core: read the production and pull request manifest.json from files</source>
        <translation>Für dbt Core: die manifest.json von Produktion und Pull Request aus Dateien lesen</translation>
    </message>
    <message>
        <source>dbt manifests (manifest.json);;JSON files (*.json);;All files (*)</source>
        <translation>dbt-Manifeste (manifest.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>prod/target/manifest.json</source>
        <translation>prod/target/manifest.json</translation>
    </message>
    <message>
        <source>P&amp;roduction manifest:</source>
        <translation>Produktions-&amp;Manifest:</translation>
    </message>
    <message>
        <source>pr/target/manifest.json</source>
        <translation>pr/target/manifest.json</translation>
    </message>
    <message>
        <source>Pull re&amp;quest manifest:</source>
        <translation>Pull-Request-Mani&amp;fest:</translation>
    </message>
    <message>
        <source>Choose the production and the pull request manifest.</source>
        <translation>Wählen Sie das Produktions- und das Pull-Request-Manifest.</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::CiSection</name>
    <message>
        <source>Continuous Integration</source>
        <translation>Continuous Integration</translation>
    </message>
    <message>
        <source>Enable CI</source>
        <translation>CI aktivieren</translation>
    </message>
    <message>
        <source>The master switch: run on pull requests</source>
        <translation>Der Hauptschalter: bei Pull Requests ausführen</translation>
    </message>
    <message>
        <source>Any pull request</source>
        <translation>Jeder Pull Request</translation>
    </message>
    <message>
        <source>When set, CI runs only on pull requests carrying this label; manual runs ignore it</source>
        <translation>Wenn gesetzt, läuft CI nur bei Pull Requests mit diesem Label; manuelle Läufe ignorieren es</translation>
    </message>
    <message>
        <source>Pull request &amp;label:</source>
        <translation>Pull-Request-&amp;Label:</translation>
    </message>
    <message>
        <source>Any base branch</source>
        <translation>Jeder Basis-Branch</translation>
    </message>
    <message>
        <source>CI runs only on pull requests whose base branch is this</source>
        <translation>CI läuft nur bei Pull Requests mit diesem Basis-Branch</translation>
    </message>
    <message>
        <source>Custom &amp;base branch:</source>
        <translation>Eigener &amp;Basis-Branch:</translation>
    </message>
    <message>
        <source>Latest production artifacts</source>
        <translation>Neueste Produktionsartefakte</translation>
    </message>
    <message>
        <source>Artifacts of the merge-base commit</source>
        <translation>Artefakte des Merge-Base-Commits</translation>
    </message>
    <message>
        <source>Branch &amp;commit selection:</source>
        <translation>&amp;Commit-Auswahl für den Branch:</translation>
    </message>
    <message>
        <source>No threshold</source>
        <translation>Keine Schwelle</translation>
    </message>
    <message>
        <source> models</source>
        <translation> Modelle</translation>
    </message>
    <message>
        <source>When a run would diff more models than this, the diffs wait for a person to start them</source>
        <translation>Würde ein Lauf mehr Modelle als diese vergleichen, warten die Diffs, bis eine Person sie startet</translation>
    </message>
    <message>
        <source>CI diff &amp;threshold:</source>
        <translation>CI-Diff-&amp;Schwelle:</translation>
    </message>
    <message>
        <source>Fail on primary key issues</source>
        <translation>Bei Primärschlüssel-Problemen fehlschlagen</translation>
    </message>
    <message>
        <source>Null or duplicate primary keys fail the check</source>
        <translation>NULL- oder doppelte Primärschlüssel lassen die Prüfung fehlschlagen</translation>
    </message>
    <message>
        <source>Fail the check on errors</source>
        <translation>Prüfung bei Fehlern fehlschlagen lassen</translation>
    </message>
    <message>
        <source>On: an error fails the check. Off: the check succeeds with a note</source>
        <translation>An: Ein Fehler lässt die Prüfung fehlschlagen. Aus: Die Prüfung gelingt mit einem Hinweis</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ConnectionSection</name>
    <message>
        <source>Data Connection</source>
        <translation>Datenverbindung</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>Tr&amp;eiber:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Import from profiles.yml…</source>
        <translation>Aus profiles.yml importieren…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Connect and run SELECT 1</source>
        <translation>Verbinden und SELECT 1 ausführen</translation>
    </message>
    <message>
        <source>Imported target “%1” of profile “%2”.</source>
        <translation>Target „%1“ aus Profil „%2“ importiert.</translation>
    </message>
    <message>
        <source>Enter the connection first.</source>
        <translation>Geben Sie zuerst die Verbindung ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1 (SELECT 1 returned %2).</source>
        <translation>Verbunden mit %1 (SELECT 1 ergab %2).</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::DbtCloudSection</name>
    <message>
        <source>%1 (CI, #%2)</source>
        <translation>%1 (CI, #%2)</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Job #%1 (not in this account)</source>
        <translation>Job #%1 (nicht in diesem Konto)</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>Job #%1</translation>
    </message>
    <message>
        <source>dbt Cloud</source>
        <translation>dbt Cloud</translation>
    </message>
    <message>
        <source>Your region&apos;s or account&apos;s URL: https://cloud.getdbt.com, https://ACCOUNT_PREFIX.us1.dbt.com, https://emea.dbt.com, …</source>
        <translation>Die URL Ihrer Region oder Ihres Kontos: https://cloud.getdbt.com, https://ACCOUNT_PREFIX.us1.dbt.com, https://emea.dbt.com, …</translation>
    </message>
    <message>
        <source>Access &amp;URL:</source>
        <translation>Zugriffs-&amp;URL:</translation>
    </message>
    <message>
        <source>Service token or personal access token</source>
        <translation>Service-Token oder persönlicher Zugriffstoken</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Enter the access URL and a token to list the accounts.</source>
        <translation>Geben Sie die Zugriffs-URL und einen Token ein, um die Konten aufzulisten.</translation>
    </message>
    <message>
        <source>The production job whose runs hold the production manifest (a dbt ls job on merge to main, or the production build)</source>
        <translation>Der Produktions-Job, dessen Läufe das Produktionsmanifest enthalten (ein dbt-ls-Job beim Merge nach main oder der Produktions-Build)</translation>
    </message>
    <message>
        <source>Artifacts &amp;job:</source>
        <translation>Artefakt-&amp;Job:</translation>
    </message>
    <message>
        <source>The dbt Cloud CI job that builds pull requests</source>
        <translation>Der CI-Job in dbt Cloud, der Pull Requests baut</translation>
    </message>
    <message>
        <source>&amp;Pull request job:</source>
        <translation>&amp;Pull-Request-Job:</translation>
    </message>
    <message>
        <source>Show all jobs, not only CI jobs</source>
        <translation>Alle Jobs anzeigen, nicht nur CI-Jobs</translation>
    </message>
    <message>
        <source>List every job of the account for the pull request job</source>
        <translation>Alle Jobs des Kontos für den Pull-Request-Job anbieten</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>List the accounts the token can see</source>
        <translation>Die Konten auflisten, die der Token sehen kann</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Enter the dbt Cloud access URL, or use local artifacts.</source>
        <translation>Geben Sie die Zugriffs-URL von dbt Cloud ein oder verwenden Sie lokale Artefakte.</translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation>Konten werden geladen…</translation>
    </message>
    <message>
        <source>Account #%1 (not visible to this token)</source>
        <translation>Konto #%1 (für diesen Token nicht sichtbar)</translation>
    </message>
    <message>
        <source>The token sees no accounts.</source>
        <translation>Der Token sieht keine Konten.</translation>
    </message>
    <message>
        <source>1 account found.</source>
        <translation>1 Konto gefunden.</translation>
    </message>
    <message>
        <source>%1 accounts found.</source>
        <translation>%1 Konten gefunden.</translation>
    </message>
    <message>
        <source>Loading the jobs…</source>
        <translation>Jobs werden geladen…</translation>
    </message>
    <message>
        <source>The account has no jobs.</source>
        <translation>Das Konto hat keine Jobs.</translation>
    </message>
    <message>
        <source>%1 jobs; none is a CI job, so all are offered.</source>
        <translation>%1 Jobs; keiner ist ein CI-Job, daher werden alle angeboten.</translation>
    </message>
    <message>
        <source>%1 jobs, %2 of them CI.</source>
        <translation>%1 Jobs, davon %2 CI.</translation>
    </message>
    <message>
        <source>Enter a dbt Cloud token first.</source>
        <translation>Geben Sie zuerst einen dbt-Cloud-Token ein.</translation>
    </message>
    <message>
        <source>Asking dbt Cloud…</source>
        <translation>dbt Cloud wird abgefragt…</translation>
    </message>
    <message>
        <source>Connected: the token sees 1 account.</source>
        <translation>Verbunden: Der Token sieht 1 Konto.</translation>
    </message>
    <message>
        <source>Connected: the token sees %1 accounts.</source>
        <translation>Verbunden: Der Token sieht %1 Konten.</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::GeneralSection</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>e.g. Jaffle Shop (main)</source>
        <translation>z. B. Jaffle Shop (main)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The tag or meta key that marks primary key columns in the dbt YAML</source>
        <translation>Das Tag oder der Meta-Schlüssel, mit dem Primärschlüsselspalten im dbt-YAML gekennzeichnet sind</translation>
    </message>
    <message>
        <source>Primary &amp;key tag:</source>
        <translation>Primärschlüssel-Ta&amp;g:</translation>
    </message>
    <message>
        <source>Enter a name for the integration.</source>
        <translation>Geben Sie einen Namen für die Integration ein.</translation>
    </message>
    <message>
        <source>Another integration is already named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Integration namens „%1“.</translation>
    </message>
    <message>
        <source>Enter the tag that marks primary keys.</source>
        <translation>Geben Sie das Tag ein, das Primärschlüssel kennzeichnet.</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::IntegrationDialog</name>
    <message>
        <source>New Integration</source>
        <translation>Neue Integration</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Grundeinstellungen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Integration “%1”</source>
        <translation>Integration „%1“</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The settings were saved, but not the secrets: %1</source>
        <translation>Die Einstellungen wurden gespeichert, die Zugangsdaten jedoch nicht: %1</translation>
    </message>
    <message>
        <source>Reading the secrets from the keychain…</source>
        <translation>Zugangsdaten werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The secrets could not be read: %1</source>
        <translation>Die Zugangsdaten konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::IntegrationListModel</name>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (nicht lesbar)</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::IntegrationListWidget</name>
    <message>
        <source>&amp;New Integration…</source>
        <translation>&amp;Neue Integration…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>New integration</source>
        <translation>Neue Integration</translation>
    </message>
    <message>
        <source>Delete Integration</source>
        <translation>Integration löschen</translation>
    </message>
    <message>
        <source>Delete the integration “%1”?</source>
        <translation>Die Integration „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its settings file and its tokens and password in the keychain are removed.</source>
        <translation>Ihre Einstellungsdatei sowie ihre Tokens und ihr Passwort im Schlüsselbund werden entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::LineageLegend</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::LineageView</name>
    <message>
        <source>Lineage graph</source>
        <translation>Lineage-Graph</translation>
    </message>
    <message>
        <source>No lineage to show</source>
        <translation>Keine Lineage vorhanden</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::LineageWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Find a model… (Enter: next match)</source>
        <translation>Modell suchen… (Enter: nächster Treffer)</translation>
    </message>
    <message>
        <source>Highlights the nodes whose name or unique_id contains the text; Enter focuses the next one</source>
        <translation>Hebt die Knoten hervor, deren Name oder unique_id den Text enthält; Enter springt zum nächsten</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit the whole graph</source>
        <translation>Den ganzen Graphen einpassen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Changed and downstream only</source>
        <translation>Nur Geändertes und Nachgelagertes</translation>
    </message>
    <message>
        <source>Show only new, modified and impacted nodes and everything downstream of them</source>
        <translation>Nur neue, geänderte und betroffene Knoten sowie alles ihnen Nachgelagerte anzeigen</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>Open a pull request to see its lineage</source>
        <translation>Öffnen Sie einen Pull Request, um seine Lineage zu sehen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Nothing in this pull request changed a model, seed or snapshot</source>
        <translation>Dieser Pull Request ändert kein Modell, keinen Seed und keinen Snapshot</translation>
    </message>
    <message>
        <source>This project has no models</source>
        <translation>Dieses Projekt hat keine Modelle</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Layout wird berechnet…</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <source>%1 of %2 nodes</source>
        <translation>%1 von %2 Knoten</translation>
    </message>
    <message>
        <source>Laid out in %1 ms</source>
        <translation>Layout in %1 ms berechnet</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::MainWindow</name>
    <message>
        <source>Tidemark</source>
        <translation>Tidemark</translation>
    </message>
    <message>
        <source>Results are not kept: %1</source>
        <translation>Ergebnisse werden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Tidemark&lt;/h2&gt;&lt;p&gt;Review the data a dbt pull request changes.&lt;/p&gt;&lt;p&gt;Create an integration (&lt;b&gt;File › New Integration&lt;/b&gt;, Ctrl+N) for your dbt project, or open the demo (&lt;b&gt;File › Open Demo&lt;/b&gt;) to look around.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Tidemark&lt;/h2&gt;&lt;p&gt;Prüfen Sie die Daten, die ein dbt-Pull-Request ändert.&lt;/p&gt;&lt;p&gt;Legen Sie für Ihr dbt-Projekt eine Integration an (&lt;b&gt;Datei › Neue Integration&lt;/b&gt;, Strg+N) oder öffnen Sie die Demo (&lt;b&gt;Datei › Demo öffnen&lt;/b&gt;), um sich umzusehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Results are kept in %1</source>
        <translation>Ergebnisse werden in %1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Integration…</source>
        <translation>&amp;Neue Integration…</translation>
    </message>
    <message>
        <source>&amp;Edit Integration…</source>
        <translation>Integration b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Diff Two Tables…</source>
        <translation>&amp;Diff zweier Tabellen…</translation>
    </message>
    <message>
        <source>&amp;Refresh Pull Requests</source>
        <translation>Pull Requests &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tidemark</source>
        <translation>&amp;Über Tidemark</translation>
    </message>
    <message>
        <source>Local artifacts: %1</source>
        <translation>Lokale Artefakte: %1</translation>
    </message>
    <message>
        <source>Reading the pull requests…</source>
        <translation>Pull Requests werden gelesen…</translation>
    </message>
    <message>
        <source>Pull request #%1</source>
        <translation>Pull Request #%1</translation>
    </message>
    <message>
        <source>#%1 %2 — Tidemark</source>
        <translation>#%1 %2 — Tidemark</translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation>Demo wird vorbereitet…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo could not be prepared: %1</source>
        <translation>Die Demo konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Tidemark will use the new language the next time it starts.</source>
        <translation>Tidemark verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>About Tidemark</source>
        <translation>Über Tidemark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidemark %1&lt;/h3&gt;&lt;p&gt;Review the data a dbt pull request changes: which models it modifies, what lies downstream, and how each table differs from production.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidemark %1&lt;/h3&gt;&lt;p&gt;Prüfen Sie die Daten, die ein dbt-Pull-Request ändert: welche Modelle er ändert, was ihnen nachgelagert ist und wie sich jede Tabelle von der Produktion unterscheidet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Ein Lauf ist im Gange</translation>
    </message>
    <message>
        <source>Diffs are still running. Cancel them and quit?</source>
        <translation>Es laufen noch Diffs. Abbrechen und beenden?</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ModelOutcomesModel</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>impacted</source>
        <translation>betroffen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>Diffed (incomplete)</source>
        <translation>Verglichen (unvollständig)</translation>
    </message>
    <message>
        <source>Diffed</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Match score</source>
        <translation>Match Score</translation>
    </message>
    <message>
        <source>Rows (prod → PR)</source>
        <translation>Zeilen (Prod → PR)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Only in prod</source>
        <translation>Nur in Prod</translation>
    </message>
    <message>
        <source>Only in PR</source>
        <translation>Nur im PR</translation>
    </message>
    <message>
        <source>Key issues</source>
        <translation>Schlüsselprobleme</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The share of cells that match between production and the PR</source>
        <translation>Der Anteil der Zellen, die zwischen Produktion und PR übereinstimmen</translation>
    </message>
    <message>
        <source>NULL and duplicated primary keys on either side</source>
        <translation>NULL- und doppelte Primärschlüssel auf beiden Seiten</translation>
    </message>
    <message>
        <source>Why dbt counts the model as modified, or why it was not diffed</source>
        <translation>Warum dbt das Modell als geändert zählt oder warum es nicht verglichen wurde</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ModelResultWidget</name>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Primary keys</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Downstream</source>
        <translation>Nachgelagert</translation>
    </message>
    <message>
        <source>No result to show.</source>
        <translation>Kein Ergebnis vorhanden.</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>prod: %1</source>
        <translation>Prod: %1</translation>
    </message>
    <message>
        <source>PR: %1</source>
        <translation>PR: %1</translation>
    </message>
    <message>
        <source>There is no result to export.</source>
        <translation>Es gibt kein Ergebnis zum Exportieren.</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Summary table (*.csv)</source>
        <translation>Übersichtstabelle (*.csv)</translation>
    </message>
    <message>
        <source>Columns table (*.csv)</source>
        <translation>Spaltentabelle (*.csv)</translation>
    </message>
    <message>
        <source>Samples table (*.csv)</source>
        <translation>Beispielzeilen-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Profiles table (*.csv)</source>
        <translation>Profiltabelle (*.csv)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>new model</source>
        <translation>neues Modell</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>impacted</source>
        <translation>betroffen</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::OdbcConnectionForm</name>
    <message>
        <source>D&amp;SN:</source>
        <translation>D&amp;SN:</translation>
    </message>
    <message>
        <source>ODBC</source>
        <translation>ODBC</translation>
    </message>
    <message>
        <source>Data source name, or a connection string: driver=...;server=...</source>
        <translation>Name der Datenquelle oder eine Verbindungszeichenfolge: driver=...;server=...</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ProfileImportDialog</name>
    <message>
        <source>Import from profiles.yml</source>
        <translation>Aus profiles.yml importieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>Choose profiles.yml</source>
        <translation>profiles.yml wählen</translation>
    </message>
    <message>
        <source>dbt profiles (profiles.yml *.yml *.yaml);;All files (*)</source>
        <translation>dbt-Profile (profiles.yml *.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No profiles.yml at this path.</source>
        <translation>Unter diesem Pfad gibt es keine profiles.yml.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 (no password)</source>
        <translation>%1 (ohne Passwort)</translation>
    </message>
    <message>
        <source>%1 (with a password)</source>
        <translation>%1 (mit Passwort)</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::PullRequestController</name>
    <message>
        <source>The stored results could not be read: %1</source>
        <translation>Die gespeicherten Ergebnisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled; the diffs that finished are shown.</source>
        <translation>Abgebrochen; die abgeschlossenen Diffs werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Finished; %n diff(s) failed.</source>
        <translation>
            <numerusform>Fertig; %n Diff ist fehlgeschlagen.</numerusform>
            <numerusform>Fertig; %n Diffs sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>The results were not all kept: %1</source>
        <translation>Nicht alle Ergebnisse wurden behalten: %1</translation>
    </message>
    <message>
        <source>Reading the stored results…</source>
        <translation>Die gespeicherten Ergebnisse werden gelesen…</translation>
    </message>
    <message>
        <source>The Values tab cannot connect: %1</source>
        <translation>Der Tab „Werte“ kann keine Verbindung herstellen: %1</translation>
    </message>
    <message>
        <source>The Values tab cannot browse %1: %2</source>
        <translation>Der Tab „Werte“ kann %1 nicht durchsuchen: %2</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::PullRequestListModel</name>
    <message>
        <source>✔ Passed</source>
        <translation>✔ Bestanden</translation>
    </message>
    <message>
        <source>✖ Failed</source>
        <translation>✖ Fehlgeschlagen</translation>
    </message>
    <message>
        <source>⏸ Waiting for a person</source>
        <translation>⏸ Wartet auf eine Person</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>[draft] %1</source>
        <translation>[Entwurf] %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Tidemark check</source>
        <translation>Tidemark-Prüfung</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::PullRequestListPage</name>
    <message>
        <source>Filter by number, title, author, branch or check…</source>
        <translation>Nach Nummer, Titel, Autor, Branch oder Prüfung filtern…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the open pull requests again (F5)</source>
        <translation>Die offenen Pull Requests erneut abrufen (F5)</translation>
    </message>
    <message>
        <source>Pull requests — %1</source>
        <translation>Pull Requests — %1</translation>
    </message>
    <message>
        <source>No open pull requests.</source>
        <translation>Keine offenen Pull Requests.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not list the pull requests.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Pull Requests konnten nicht aufgelistet werden.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::PullRequestPage</name>
    <message>
        <source>Check passed</source>
        <translation>Prüfung bestanden</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation>Wartet auf eine Person</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Filter models…</source>
        <translation>Modelle filtern…</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>&amp;Lineage</source>
        <translation>&amp;Lineage</translation>
    </message>
    <message>
        <source>The lineage could not be drawn: %1</source>
        <translation>Die Lineage konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>← Pull requests</source>
        <translation>← Pull Requests</translation>
    </message>
    <message>
        <source>Back to the pull requests (Alt+Left)</source>
        <translation>Zurück zu den Pull Requests (Alt+Links)</translation>
    </message>
    <message>
        <source>Re-run &amp;all diffs</source>
        <translation>&amp;Alle Diffs neu ausführen</translation>
    </message>
    <message>
        <source>Re-run this &amp;model</source>
        <translation>Dieses Modell &amp;neu ausführen</translation>
    </message>
    <message>
        <source>Trigger dbt Cloud &amp;PR job</source>
        <translation>&amp;PR-Job in dbt Cloud auslösen</translation>
    </message>
    <message>
        <source>Start the integration&apos;s dbt Cloud CI job for this pull request again</source>
        <translation>Den dbt-Cloud-CI-Job der Integration für diesen Pull Request erneut starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the run; running queries are cancelled on the server (Esc)</source>
        <translation>Den Lauf stoppen; laufende Abfragen werden auf dem Server abgebrochen (Esc)</translation>
    </message>
    <message>
        <source>The pull request changes no models.</source>
        <translation>Der Pull Request ändert keine Modelle.</translation>
    </message>
    <message>
        <source>CI did not run for this pull request.</source>
        <translation>CI lief für diesen Pull Request nicht.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>Head %1</translation>
    </message>
    <message>
        <source>into %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>last run %1</source>
        <translation>letzter Lauf %1</translation>
    </message>
    <message>
        <source>Run the diffs to see what this pull request changes in the data.</source>
        <translation>Führen Sie die Diffs aus, um zu sehen, was dieser Pull Request an den Daten ändert.</translation>
    </message>
    <message>
        <source>The last run was cancelled.</source>
        <translation>Der letzte Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The last run failed: %1</source>
        <translation>Der letzte Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>CI did not run: %1</source>
        <translation>CI lief nicht: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b3261e&quot;&gt;&lt;b&gt;Error:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b3261e&quot;&gt;&lt;b&gt;Fehler:&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The diff of %1 failed: %2</source>
        <translation>Der Diff von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 waits for a person: %2. Use “Re-run this model” to diff it.</source>
        <translation>%1 wartet auf eine Person: %2. Mit „Dieses Modell neu ausführen“ vergleichen Sie es.</translation>
    </message>
    <message>
        <source>%1 was not diffed: %2</source>
        <translation>%1 wurde nicht verglichen: %2</translation>
    </message>
    <message>
        <source>%1 is not selected for diffing: %2</source>
        <translation>%1 ist nicht für den Diff ausgewählt: %2</translation>
    </message>
    <message>
        <source>%1 has not been diffed yet. Use “Re-run this model” to diff it.</source>
        <translation>%1 wurde noch nicht verglichen. Mit „Dieses Modell neu ausführen“ vergleichen Sie es.</translation>
    </message>
    <message>
        <source>The lineage needs the pull request&apos;s manifest, which is not on this machine.</source>
        <translation>Die Lineage benötigt das Manifest des Pull Requests, das auf diesem Rechner nicht vorliegt.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Fetch the artifacts anew, plan again and diff every selected model (Ctrl+R)</source>
        <translation>Artefakte neu abrufen, neu planen und jedes ausgewählte Modell vergleichen (Strg+R)</translation>
    </message>
    <message>
        <source>Diff the selected model again with the plan shown, fetching nothing (Ctrl+Shift+R)</source>
        <translation>Das ausgewählte Modell mit dem angezeigten Plan erneut vergleichen, ohne etwas abzurufen (Strg+Umschalt+R)</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::RepositorySection</name>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>GitHub Enterprise</source>
        <translation>GitHub Enterprise</translation>
    </message>
    <message>
        <source>GitLab</source>
        <translation>GitLab</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>inhaber/name</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönlicher Zugriffstoken</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Read the repository&apos;s open pull requests</source>
        <translation>Die offenen Pull Requests des Repositorys lesen</translation>
    </message>
    <message>
        <source>https://github.example.com/api/v3</source>
        <translation>https://github.example.com/api/v3</translation>
    </message>
    <message>
        <source>group/subgroup/name</source>
        <translation>gruppe/untergruppe/name</translation>
    </message>
    <message>
        <source>Enter the API base URL, like %1.</source>
        <translation>Geben Sie die API-Basis-URL ein, z. B. %1.</translation>
    </message>
    <message>
        <source>The API base URL must be an http(s) URL, like %1.</source>
        <translation>Die API-Basis-URL muss eine http(s)-URL sein, z. B. %1.</translation>
    </message>
    <message>
        <source>Write the repository as owner/name.</source>
        <translation>Geben Sie das Repository als inhaber/name an.</translation>
    </message>
    <message>
        <source>Reading the open pull requests…</source>
        <translation>Offene Pull Requests werden gelesen…</translation>
    </message>
    <message>
        <source>Connected to %1: 1 open pull request.</source>
        <translation>Verbunden mit %1: 1 offener Pull Request.</translation>
    </message>
    <message>
        <source>Connected to %1: %2 open pull requests.</source>
        <translation>Verbunden mit %1: %2 offene Pull Requests.</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::SamplingSection</name>
    <message>
        <source>Sampling</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Diff a sample of large tables instead of every row</source>
        <translation>Bei großen Tabellen eine Stichprobe statt aller Zeilen vergleichen</translation>
    </message>
    <message>
        <source>The share of differing rows the sample may miss</source>
        <translation>Der Anteil abweichender Zeilen, den die Stichprobe übersehen darf</translation>
    </message>
    <message>
        <source>To&amp;lerance:</source>
        <translation>&amp;Toleranz:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>&amp;Konfidenz:</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>Tables with fewer rows than this are not sampled</source>
        <translation>Tabellen mit weniger Zeilen werden vollständig verglichen</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>Sc&amp;hwellenwert:</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ScopeSection</name>
    <message>
        <source>What to Diff</source>
        <translation>Diff-Umfang</translation>
    </message>
    <message>
        <source>Import dbt tags and descriptions</source>
        <translation>dbt-Tags und -Beschreibungen importieren</translation>
    </message>
    <message>
        <source>Show dbt descriptions, tags and owners in lineage and results</source>
        <translation>dbt-Beschreibungen, -Tags und -Verantwortliche in Lineage und Ergebnissen anzeigen</translation>
    </message>
    <message>
        <source>Slim Diff</source>
        <translation>Slim Diff</translation>
    </message>
    <message>
        <source>Diff only modified models; downstream models are listed and can be diffed on demand</source>
        <translation>Nur geänderte Modelle vergleichen; nachgelagerte Modelle werden aufgelistet und lassen sich bei Bedarf vergleichen</translation>
    </message>
    <message>
        <source>Diff downstream exposures</source>
        <translation>Nachgelagerte Exposures vergleichen</translation>
    </message>
    <message>
        <source>List the dbt exposures (dashboards, syncs, apps) the pull request affects</source>
        <translation>Die dbt-Exposures (Dashboards, Syncs, Apps) auflisten, die der Pull Request betrifft</translation>
    </message>
    <message>
        <source>docs/**
*.md</source>
        <translation>docs/**
*.md</translation>
    </message>
    <message>
        <source>.gitignore syntax over the pull request&apos;s changed files, one pattern a line</source>
        <translation>.gitignore-Syntax für die geänderten Dateien des Pull Requests, ein Muster pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Files to ignore:</source>
        <translation>Zu ignorierende &amp;Dateien:</translation>
    </message>
    <message>
        <source>_loaded_at
_fivetran_*</source>
        <translation>_loaded_at
_fivetran_*</translation>
    </message>
    <message>
        <source>.gitignore-style patterns over column names, one a line; key columns are never ignored</source>
        <translation>Muster im .gitignore-Stil für Spaltennamen, eines pro Zeile; Schlüsselspalten werden nie ignoriert</translation>
    </message>
    <message>
        <source>C&amp;olumns to ignore:</source>
        <translation>Zu ignorierende Sp&amp;alten:</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ServerConnectionForm</name>
    <message>
        <source>warehouse.example.com</source>
        <translation>warehouse.example.com</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>analytics</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>PostgreSQL / Redshift</source>
        <translation>PostgreSQL / Redshift</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>Default (3306)</source>
        <translation>Standard (3306)</translation>
    </message>
    <message>
        <source>Default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <source>Enter the warehouse&apos;s host.</source>
        <translation>Geben Sie den Host des Warehouse ein.</translation>
    </message>
    <message>
        <source>Enter the database to connect to.</source>
        <translation>Geben Sie die Datenbank ein, mit der verbunden werden soll.</translation>
    </message>
    <message>
        <source>The host is a name or an address, without spaces or slashes.</source>
        <translation>Der Host ist ein Name oder eine Adresse, ohne Leerzeichen oder Schrägstriche.</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::SqliteConnectionForm</name>
    <message>
        <source>/path/to/warehouse.db</source>
        <translation>/pfad/zu/warehouse.db</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Date&amp;i:</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ValuesLoader</name>
    <message>
        <source>There are no rows to export.</source>
        <translation>Es gibt keine Zeilen zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ValuesModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Production: %1
PR: %2</source>
        <translation>Produktion: %1
PR: %2</translation>
    </message>
    <message>
        <source>This row is not in the PR</source>
        <translation>Diese Zeile ist nicht im PR</translation>
    </message>
    <message>
        <source>This row is not in production</source>
        <translation>Diese Zeile ist nicht in der Produktion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>%1 (PR)</source>
        <translation>%1 (PR)</translation>
    </message>
    <message>
        <source>%1 (prod)</source>
        <translation>%1 (Prod)</translation>
    </message>
    <message>
        <source>Whether the row is only in production, only in the pull request, or in both with different values</source>
        <translation>Ob die Zeile nur in der Produktion, nur im Pull Request oder in beiden mit unterschiedlichen Werten vorkommt</translation>
    </message>
    <message>
        <source>Key column %1: identifies the row on both sides</source>
        <translation>Schlüsselspalte %1: identifiziert die Zeile auf beiden Seiten</translation>
    </message>
    <message>
        <source>%1 in the pull request&apos;s table</source>
        <translation>%1 in der Tabelle des Pull Requests</translation>
    </message>
    <message>
        <source>%1 in production&apos;s table</source>
        <translation>%1 in der Produktionstabelle</translation>
    </message>
    <message numerus="yes">
        <source>%1; differs in %n changed row(s)</source>
        <translation>
            <numerusform>%1; weicht in %n geänderten Zeile ab</numerusform>
            <numerusform>%1; weicht in %n geänderten Zeilen ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::ui::ValuesWidget</name>
    <message>
        <source>Hide unchanged columns</source>
        <translation>Unveränderte Spalten ausblenden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>All differing rows</source>
        <translation>Alle abweichenden Zeilen</translation>
    </message>
    <message>
        <source>Only in production</source>
        <translation>Nur in Produktion</translation>
    </message>
    <message>
        <source>Only in PR</source>
        <translation>Nur im PR</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Only in production or only in PR</source>
        <translation>Nur in Produktion oder nur im PR</translation>
    </message>
    <message>
        <source>Which differing rows to show</source>
        <translation>Welche abweichenden Zeilen angezeigt werden</translation>
    </message>
    <message>
        <source>Show only the changed rows where this column differs</source>
        <translation>Nur die geänderten Zeilen anzeigen, in denen diese Spalte abweicht</translation>
    </message>
    <message>
        <source>Hide the compared columns whose values are equal in every changed row</source>
        <translation>Verglichene Spalten ausblenden, deren Werte in jeder geänderten Zeile gleich sind</translation>
    </message>
    <message>
        <source>Write the rows shown (all of them, not only those on screen) to a CSV file</source>
        <translation>Die angezeigten Zeilen (alle, nicht nur die sichtbaren) in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Differing in:</source>
        <translation>Abweichend in:</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export the differing rows</source>
        <translation>Abweichende Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Any column</source>
        <translation>Beliebige Spalte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No diff selected.</source>
        <translation>Kein Diff ausgewählt.</translation>
    </message>
    <message>
        <source>Finding the differing rows…</source>
        <translation>Abweichende Zeilen werden gesucht…</translation>
    </message>
    <message>
        <source>Showing the first %1 differing rows; finding the rest…</source>
        <translation>Die ersten %1 abweichenden Zeilen werden angezeigt; der Rest wird gesucht…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Wird gefiltert…</translation>
    </message>
    <message>
        <source>%1 differing rows: %2 only in production, %3 only in PR, %4 changed</source>
        <translation>%1 abweichende Zeilen: %2 nur in Produktion, %3 nur im PR, %4 geändert</translation>
    </message>
    <message>
        <source>; %1 shown</source>
        <translation>; %1 angezeigt</translation>
    </message>
    <message>
        <source>Stopped: showing only the first %1 differing rows.</source>
        <translation>Angehalten: Nur die ersten %1 abweichenden Zeilen werden angezeigt.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The differing rows could not be read.</source>
        <translation>Die abweichenden Zeilen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::results::ColumnsModel</name>
    <message>
        <source>Key column: rows are matched on it</source>
        <translation>Schlüsselspalte: Zeilen werden über sie zugeordnet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>The same type on both sides</source>
        <translation>Auf beiden Seiten derselbe Typ</translation>
    </message>
    <message>
        <source>The column does not exist on this side</source>
        <translation>Die Spalte existiert auf dieser Seite nicht</translation>
    </message>
    <message>
        <source>only in prod</source>
        <translation>nur in Prod</translation>
    </message>
    <message>
        <source>only in PR</source>
        <translation>nur im PR</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type in prod</source>
        <translation>Typ in Prod</translation>
    </message>
    <message>
        <source>Type in PR</source>
        <translation>Typ im PR</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Differing values</source>
        <translation>Abweichende Werte</translation>
    </message>
    <message>
        <source>Match %</source>
        <translation>Übereinstimmung %</translation>
    </message>
    <message>
        <source>Compared as</source>
        <translation>Verglichen als</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::results::ColumnsTab</name>
    <message>
        <source>Compared columns: %1   ·   with differing values: %2   ·   schema changes: %3</source>
        <translation>Verglichene Spalten: %1   ·   mit abweichenden Werten: %2   ·   Schemaänderungen: %3</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::results::DownstreamModel</name>
    <message>
        <source>Double-click to open %1</source>
        <translation>Doppelklicken, um %1 zu öffnen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>Eindeutige ID</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::results::DownstreamTab</name>
    <message>
        <source>Nothing is downstream of this model.</source>
        <translation>Diesem Modell ist nichts nachgelagert.</translation>
    </message>
    <message>
        <source>Models and exposures downstream of this model: %1. Double-click one to open it.</source>
        <translation>Diesem Modell nachgelagerte Modelle und Exposures: %1. Doppelklicken Sie auf einen Eintrag, um ihn zu öffnen.</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::results::OverviewTab</name>
    <message>
        <source>Match Score</source>
        <translation>Match Score</translation>
    </message>
    <message>
        <source>of all cells equal in prod and PR</source>
        <translation>aller Zellen in Prod und PR gleich</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>In prod</source>
        <translation>In Prod</translation>
    </message>
    <message>
        <source>In PR</source>
        <translation>Im PR</translation>
    </message>
    <message>
        <source>Only in prod</source>
        <translation>Nur in Prod</translation>
    </message>
    <message>
        <source>Only in PR</source>
        <translation>Nur im PR</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>With differences</source>
        <translation>Mit Unterschieden</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>%1 vs prod</source>
        <translation>%1 ggü. Prod</translation>
    </message>
    <message>
        <source>%1 of prod rows</source>
        <translation>%1 der Prod-Zeilen</translation>
    </message>
    <message>
        <source>%1 of PR rows</source>
        <translation>%1 der PR-Zeilen</translation>
    </message>
    <message>
        <source>%1 of matched rows</source>
        <translation>%1 der zugeordneten Zeilen</translation>
    </message>
    <message>
        <source>Hash diff (across connections)</source>
        <translation>Hash-Diff (über Verbindungen hinweg)</translation>
    </message>
    <message>
        <source>Join diff (one connection)</source>
        <translation>Join-Diff (eine Verbindung)</translation>
    </message>
    <message>
        <source>%1 · key %2 · %3 s · %4 rows downloaded</source>
        <translation>%1 · Schlüssel %2 · %3 s · %4 Zeilen heruntergeladen</translation>
    </message>
    <message>
        <source>Incomplete: a limit stopped this diff early, so the counts cover only the rows compared before it stopped.</source>
        <translation>Unvollständig: Ein Limit hat diesen Diff vorzeitig beendet; die Zahlen umfassen nur die bis dahin verglichenen Zeilen.</translation>
    </message>
    <message>
        <source>%1: unique and never NULL on both sides.</source>
        <translation>%1: auf beiden Seiten eindeutig und nie NULL.</translation>
    </message>
    <message>
        <source>%1: %2 rows with a NULL key, %3 duplicated key values (%4 rows)</source>
        <translation>%1: %2 Zeilen mit NULL-Schlüssel, %3 doppelte Schlüsselwerte (%4 Zeilen)</translation>
    </message>
    <message>
        <source>%1 has problems (see Primary keys). %2; %3.</source>
        <translation>%1 hat Probleme (siehe Primärschlüssel). %2; %3.</translation>
    </message>
    <message>
        <source>prod</source>
        <translation>Prod</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>%1 columns in prod, %2 in PR.</source>
        <translation>%1 Spalten in Prod, %2 im PR.</translation>
    </message>
    <message>
        <source>Only in prod: %1.</source>
        <translation>Nur in Prod: %1.</translation>
    </message>
    <message>
        <source>Only in PR: %1.</source>
        <translation>Nur im PR: %1.</translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <source>Type changed: %1.</source>
        <translation>Typ geändert: %1.</translation>
    </message>
    <message>
        <source>The shared columns stand in another order.</source>
        <translation>Die gemeinsamen Spalten stehen in anderer Reihenfolge.</translation>
    </message>
    <message>
        <source>Same columns and types on both sides.</source>
        <translation>Gleiche Spalten und Typen auf beiden Seiten.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>only in prod</source>
        <translation>nur in Prod</translation>
    </message>
    <message>
        <source>only in PR</source>
        <translation>nur im PR</translation>
    </message>
    <message>
        <source>%1 ≈ %2 (%3 – %4)</source>
        <translation>%1 ≈ %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>Sampled: %1 of the rows were compared.</source>
        <translation>Stichprobe: %1 der Zeilen wurden verglichen.</translation>
    </message>
    <message>
        <source>Estimates for the whole tables at %1 confidence: %2.</source>
        <translation>Schätzungen für die gesamten Tabellen bei %1 Konfidenz: %2.</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::results::PrimaryKeysTab</name>
    <message>
        <source>Key columns</source>
        <translation>Schlüsselspalten</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>prod</source>
        <translation>Prod</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Rows with a NULL in the key</source>
        <translation>Zeilen mit NULL im Schlüssel</translation>
    </message>
    <message>
        <source>Key values that occur more than once</source>
        <translation>Schlüsselwerte, die mehrfach vorkommen</translation>
    </message>
    <message>
        <source>Rows carrying those duplicated keys</source>
        <translation>Zeilen mit diesen doppelten Schlüsseln</translation>
    </message>
    <message>
        <source>Rows are matched between prod and PR by their key. A row whose key has a NULL part, and every row whose key value occurs more than once on its side, cannot be matched: those rows take no part in the value comparison and count against the Match Score. Duplicated keys usually mean that the key is wrong (set the model&apos;s primary key in its YAML) or that the model produces duplicates (for example a join that fans out).</source>
        <translation>Zeilen werden zwischen Prod und PR über ihren Schlüssel zugeordnet. Eine Zeile, deren Schlüssel einen NULL-Anteil hat, und jede Zeile, deren Schlüsselwert auf ihrer Seite mehrfach vorkommt, lässt sich nicht zuordnen: Solche Zeilen nehmen nicht am Wertevergleich teil und senken den Match Score. Doppelte Schlüssel bedeuten meist, dass der Schlüssel falsch ist (legen Sie den Primärschlüssel des Modells in seinem YAML fest) oder dass das Modell Duplikate erzeugt (zum Beispiel durch einen Join, der Zeilen vervielfacht).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>given for this diff</source>
        <translation>für diesen Diff angegeben</translation>
    </message>
    <message>
        <source>✓ The key is unique and never NULL in prod and in PR.</source>
        <translation>✓ Der Schlüssel ist in Prod und im PR eindeutig und nie NULL.</translation>
    </message>
    <message>
        <source>⚠ The key is not unique or has NULLs. Rows that could not be matched: %1.</source>
        <translation>⚠ Der Schlüssel ist nicht eindeutig oder enthält NULLs. Nicht zuordenbare Zeilen: %1.</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::results::ProfilesModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not a column in PR</source>
        <translation>Keine Spalte im PR</translation>
    </message>
    <message>
        <source>Not a column in prod</source>
        <translation>Keine Spalte in Prod</translation>
    </message>
    <message>
        <source>Values that are not NULL</source>
        <translation>Werte, die nicht NULL sind</translation>
    </message>
    <message>
        <source>NULL values, and their share of the rows</source>
        <translation>NULL-Werte und ihr Anteil an den Zeilen</translation>
    </message>
    <message>
        <source>Distinct values that are not NULL</source>
        <translation>Verschiedene Werte außer NULL</translation>
    </message>
    <message>
        <source>The average of a numeric column</source>
        <translation>Der Durchschnitt einer numerischen Spalte</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>NULLs</source>
        <translation>NULLs</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>%1 (PR)</source>
        <translation>%1 (PR)</translation>
    </message>
    <message>
        <source>%1 (prod)</source>
        <translation>%1 (Prod)</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::results::ProfilesPanel</name>
    <message>
        <source>Column profiles were not computed for this diff.</source>
        <translation>Für diesen Diff wurden keine Spaltenprofile berechnet.</translation>
    </message>
    <message>
        <source>The charts compare the selected columns.</source>
        <translation>Die Diagramme vergleichen die ausgewählten Spalten.</translation>
    </message>
    <message>
        <source>The charts compare the first %1 columns; select rows in the table to compare others.</source>
        <translation>Die Diagramme vergleichen die ersten %1 Spalten; wählen Sie Zeilen in der Tabelle aus, um andere zu vergleichen.</translation>
    </message>
    <message>
        <source>prod</source>
        <translation>Prod</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>NULLs (% of rows)</source>
        <translation>NULLs (% der Zeilen)</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Verschiedene Werte</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::results::SamplesModel</name>
    <message>
        <source>only in prod</source>
        <translation>nur in Prod</translation>
    </message>
    <message>
        <source>only in PR</source>
        <translation>nur im PR</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Key column %1</source>
        <translation>Schlüsselspalte %1</translation>
    </message>
    <message>
        <source>%1 (PR)</source>
        <translation>%1 (PR)</translation>
    </message>
    <message>
        <source>%1 (prod)</source>
        <translation>%1 (Prod)</translation>
    </message>
</context>
<context>
    <name>tidemark::ui::results::ValuesTab</name>
    <message>
        <source>All samples</source>
        <translation>Alle Beispielzeilen</translation>
    </message>
    <message>
        <source>Only in prod</source>
        <translation>Nur in Prod</translation>
    </message>
    <message>
        <source>Only in PR</source>
        <translation>Nur im PR</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Samples: %1 of %2 rows only in prod, %3 of %4 rows only in PR, %5 of %6 changed rows. Differing cells are marked: prod in red, PR in green.</source>
        <translation>Beispielzeilen: %1 von %2 Zeilen nur in Prod, %3 von %4 Zeilen nur im PR, %5 von %6 geänderten Zeilen. Abweichende Zellen sind markiert: Prod rot, PR grün.</translation>
    </message>
</context>
<context>
    <name>tidemark::values</name>
    <message>
        <source>only in production</source>
        <translation>nur in Produktion</translation>
    </message>
    <message>
        <source>only in PR</source>
        <translation>nur im PR</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 (prod)</source>
        <translation>%1 (Prod)</translation>
    </message>
    <message>
        <source>%1 (PR)</source>
        <translation>%1 (PR)</translation>
    </message>
    <message>
        <source>no compared column number %1</source>
        <translation>keine verglichene Spalte mit Nummer %1</translation>
    </message>
    <message>
        <source>cannot write the CSV file: %1</source>
        <translation>die CSV-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>Exporting rows</source>
        <translation>Zeilen werden exportiert</translation>
    </message>
    <message>
        <source>the Values tab browses the rows of diffs on one connection; %1 and %2 are different connections, so this diff shows samples of its differing rows instead</source>
        <translation>der Werte-Tab zeigt die Zeilen von Diffs auf einer Verbindung; %1 und %2 sind verschiedene Verbindungen, daher zeigt dieser Diff stattdessen Stichproben seiner abweichenden Zeilen</translation>
    </message>
    <message>
        <source>the Values tab browses PostgreSQL, MySQL/MariaDB and SQLite tables; this diff shows samples instead</source>
        <translation>der Werte-Tab zeigt Tabellen aus PostgreSQL, MySQL/MariaDB und SQLite; dieser Diff zeigt stattdessen Stichproben</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>browsing the differing rows was cancelled</source>
        <translation>das Durchsuchen der abweichenden Zeilen wurde abgebrochen</translation>
    </message>
    <message>
        <source>Reading the tables&apos; columns</source>
        <translation>Spalten der Tabellen werden gelesen</translation>
    </message>
    <message>
        <source>Checking the keys of %1</source>
        <translation>Schlüssel von %1 werden geprüft</translation>
    </message>
    <message>
        <source>Finding the first differing rows</source>
        <translation>Erste abweichende Zeilen werden gesucht</translation>
    </message>
    <message>
        <source>Storing the differing rows</source>
        <translation>Abweichende Zeilen werden gespeichert</translation>
    </message>
    <message>
        <source>Indexing the differing rows</source>
        <translation>Abweichende Zeilen werden indiziert</translation>
    </message>
    <message>
        <source>Counting the differing rows</source>
        <translation>Abweichende Zeilen werden gezählt</translation>
    </message>
    <message>
        <source>the stored differing rows are not numbered densely (%1 rows, last number %2)</source>
        <translation>die gespeicherten abweichenden Zeilen sind nicht lückenlos nummeriert (%1 Zeilen, letzte Nummer %2)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>the differing rows are not all stored yet; filters apply once they are</source>
        <translation>die abweichenden Zeilen sind noch nicht alle gespeichert; Filter greifen, sobald sie es sind</translation>
    </message>
    <message>
        <source>Filtering the differing rows</source>
        <translation>Abweichende Zeilen werden gefiltert</translation>
    </message>
</context>
<context>
    <name>tidemark::warehouse</name>
    <message>
        <source>&quot;%1&quot; is not a connection URL; write postgresql://user@host:port/database, mysql://user@host:port/database, sqlite:///path/to/file.db or odbc://DSN</source>
        <translation>„%1“ ist keine Verbindungs-URL; schreiben Sie postgresql://user@host:port/database, mysql://user@host:port/database, sqlite:///path/to/file.db oder odbc://DSN</translation>
    </message>
    <message>
        <source>sqlite:// needs a file: sqlite:///absolute/path.db or sqlite://relative/path.db</source>
        <translation>sqlite:// benötigt eine Datei: sqlite:///absolute/path.db oder sqlite://relative/path.db</translation>
    </message>
    <message>
        <source>odbc:// needs a DSN (odbc://MyDSN) or a driver (odbc:///?driver=...)</source>
        <translation>odbc:// benötigt einen DSN (odbc://MyDSN) oder einen Treiber (odbc:///?driver=...)</translation>
    </message>
    <message>
        <source>unsupported database &quot;%1://&quot;: use postgresql, mysql, sqlite or odbc</source>
        <translation>nicht unterstützte Datenbank „%1://“: Verwenden Sie postgresql, mysql, sqlite oder odbc</translation>
    </message>
    <message>
        <source>%1:// URL is malformed; write %1://user@host:port/database</source>
        <translation>die %1://-URL ist fehlerhaft; schreiben Sie %1://user@host:port/database</translation>
    </message>
    <message>
        <source>%1 names no database; add it after the host: %2/DATABASE</source>
        <translation>%1 nennt keine Datenbank; fügen Sie sie nach dem Host an: %2/DATABASE</translation>
    </message>
    <message>
        <source>cannot open SQLite database %1: %2</source>
        <translation>SQLite-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: the server refused user &quot;%2&quot;: wrong user name or password (set it in the URL, TIDEMARK_PASSWORD or the keychain)</source>
        <translation>%1: Der Server hat den Benutzer „%2“ abgelehnt: falscher Benutzername oder falsches Passwort (setzen Sie es in der URL, in TIDEMARK_PASSWORD oder im Schlüsselbund)</translation>
    </message>
    <message>
        <source>%1: database &quot;%2&quot; does not exist on %3; check the database name</source>
        <translation>%1: Datenbank „%2“ existiert nicht auf %3; prüfen Sie den Datenbanknamen</translation>
    </message>
    <message>
        <source>%1: cannot reach %2 (connection refused): is the server running, and are the host and port right?</source>
        <translation>%1: %2 ist nicht erreichbar (Verbindung abgelehnt): Läuft der Server, und stimmen Host und Port?</translation>
    </message>
    <message>
        <source>%1: unknown host &quot;%2&quot;; check the host name</source>
        <translation>%1: unbekannter Host „%2“; prüfen Sie den Hostnamen</translation>
    </message>
    <message>
        <source>%1: %2 did not answer in time; check the host, the port and the network</source>
        <translation>%1: %2 hat nicht rechtzeitig geantwortet; prüfen Sie Host, Port und Netzwerk</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: Verbindung nicht möglich: %2</translation>
    </message>
    <message>
        <source>the Qt Sql driver %1 for %2 is not installed (Debian: libqt6sql6-%3)</source>
        <translation>der Qt-SQL-Treiber %1 für %2 ist nicht installiert (Debian: libqt6sql6-%3)</translation>
    </message>
    <message>
        <source>SQLite database %1 does not exist; check the path in the sqlite:// URL</source>
        <translation>SQLite-Datenbank %1 existiert nicht; prüfen Sie den Pfad in der sqlite://-URL</translation>
    </message>
    <message>
        <source>SQLite database %1: cannot register Tidemark&apos;s functions</source>
        <translation>SQLite-Datenbank %1: Die Funktionen von Tidemark können nicht registriert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the query was cancelled</source>
        <translation>%1: Die Abfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1: schema &quot;%2&quot; is not attached and its file %3 does not exist; for SQLite each schema is a database file beside the main one</source>
        <translation>%1: Schema „%2“ ist nicht angehängt und seine Datei %3 existiert nicht; bei SQLite ist jedes Schema eine Datenbankdatei neben der Hauptdatenbank</translation>
    </message>
    <message>
        <source>%1: table %2 does not exist or has no columns</source>
        <translation>%1: Tabelle %2 existiert nicht oder hat keine Spalten</translation>
    </message>
    <message>
        <source> (schema &quot;%1&quot;)</source>
        <translation> (Schema „%1“)</translation>
    </message>
    <message>
        <source>%1: table %2 does not exist%3; check the name, its schema and its case</source>
        <translation>%1: Tabelle %2 existiert nicht%3; prüfen Sie den Namen, ihr Schema und die Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>table name &quot;%1&quot;: %2</source>
        <translation>Tabellenname „%1“: %2</translation>
    </message>
    <message>
        <source>a quote in the middle of a name part</source>
        <translation>ein Anführungszeichen mitten in einem Namensteil</translation>
    </message>
    <message>
        <source>an empty part</source>
        <translation>ein leerer Teil</translation>
    </message>
    <message>
        <source>spaces need double quotes around the part</source>
        <translation>Leerzeichen erfordern doppelte Anführungszeichen um den Teil</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>an unclosed quote</source>
        <translation>ein nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>more than three parts (database.schema.table)</source>
        <translation>mehr als drei Teile (database.schema.table)</translation>
    </message>
</context>
</TS>
