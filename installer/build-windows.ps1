# Builds the Windows installer of Integrity Desk (廉政工作台): an MSI for a per-user install (no
# administrator rights), with Start-menu and desktop shortcuts, a Chinese product name, upgrade in
# place (a fixed upgrade code) and an uninstall that leaves the data folder.
#
# Run on Windows with JDK 17 (jpackage), Maven and WiX Toolset 3.x (candle.exe and light.exe on
# PATH; jpackage of JDK 17 does not work with WiX 4+), from the repository root:
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# The MSI lands in target\installer\. It carries no class-data-sharing archive (one works only
# where it was made, and each user installs under his own %LOCALAPPDATA%): the launcher names
# $APPDIR\app-cds-<version>.jsa, and the app makes it after its first window closes
# (ClassDataArchive), removing an earlier version's (an upgrade leaves it; the JVM only refuses it).
# The jlink options must keep bin\javaw.exe (no --strip-native-commands): that start needs it; and
# they must make the runtime's base archive (--generate-cds-archive): JDK 17 writes a dynamic
# archive (-XX:ArchiveClassesAtExit) only on top of a mapped base archive, so without it the first
# start would never make one.
# This file is saved as UTF-8 with a byte-order mark: Windows PowerShell 5.1 reads a script without
# one in the ANSI code page, and the Chinese product name would reach jpackage garbled.
# NOT RUN YET: the project is built on Linux; .github/workflows/windows-installer.yml runs the same
# script on a hosted Windows runner and then installs and uninstalls the MSI (never run either).
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

mvn -B -q -DskipTests package
if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }

$out = 'target\installer'
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$out\input", "$out\jfx", "$out\resources" | Out-Null
# JavaFX's Windows jars are linked into the runtime as modules; its classifier-less jars only name
# the module and are left out; every other jar goes on the class path (as in build-linux.sh).
Get-ChildItem 'target\dist\lib\*.jar' | ForEach-Object {
    if ($_.Name -like 'javafx-*-win.jar') { Copy-Item $_.FullName "$out\jfx\" }
    elseif ($_.Name -notlike 'javafx-*') { Copy-Item $_.FullName "$out\input\" }
}

$version = ((Get-Content 'target\maven-archiver\pom.properties' | Where-Object { $_ -like 'version=*' }) -replace 'version=', '') -replace '-.*', ''
$modules = (Get-Content 'installer\modules.txt' | Where-Object { $_ -and -not $_.StartsWith('#') }) -join ','

# The MSI's texts: JDK 17's own Chinese strings (code page 936), put where jpackage reads its
# English ones, so that the installer speaks Chinese and the Chinese product name passes WiX
# (its default code page 1252 refuses it with LGHT0311).
$jimage = Join-Path $env:JAVA_HOME 'bin\jimage.exe'
& $jimage extract --dir "$out\jdk" --include 'regex:.*MsiInstallerStrings_zh_CN\.wxl' (Join-Path $env:JAVA_HOME 'lib\modules')
$chinese = Get-ChildItem -Recurse "$out\jdk" -Filter 'MsiInstallerStrings_zh_CN.wxl' | Select-Object -First 1
Copy-Item $chinese.FullName "$out\resources\MsiInstallerStrings_en.wxl"

# Installer text: the data folder stays (shown on the licence page the user reads before installing).
Copy-Item 'installer\windows\install-notes.txt' "$out\install-notes.txt"

jpackage --type msi --dest $out --name '廉政工作台' --app-version $version `
    --vendor 'Integrity Desk' --description '廉政工作台 Integrity Desk' `
    --icon 'installer\windows\integrity-desk.ico' `
    --input "$out\input" --main-jar integrity-desk.jar --main-class org.integritydesk.app.Launcher `
    --module-path "$out\jfx" --add-modules $modules `
    --jlink-options '--strip-debug --no-man-pages --no-header-files --compress=2 --include-locales=en,zh --generate-cds-archive' `
    --java-options '-Dfile.encoding=UTF-8' --java-options '-Dsun.stdout.encoding=UTF-8' `
    --java-options '-Dsun.stderr.encoding=UTF-8' --java-options '-XX:+UseSerialGC' `
    --java-options '-XX:TieredStopAtLevel=1' --java-options '-Xms16m' --java-options '-Xmx768m' `
    --java-options '-XX:MinHeapFreeRatio=20' --java-options '-XX:MaxHeapFreeRatio=40' `
    --java-options "-XX:SharedArchiveFile=`$APPDIR\app-cds-$version.jsa" `
    --win-per-user-install --win-menu --win-menu-group '廉政工作台' --win-shortcut --win-dir-chooser `
    --win-upgrade-uuid '6f1d3c52-8a4e-4c1b-9d0e-2f7a5b8c9e01' `
    --license-file "$out\install-notes.txt" `
    --resource-dir "$out\resources"
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem "$out\*.msi" | ForEach-Object { '{0} {1:N1} MB' -f $_.Name, ($_.Length / 1MB) }
