<#
.SYNOPSIS
    Builds the Windows installers of Secretariat: target\installer\Secretariat-<version>.msi and
    Secretariat-<version>.exe.

.DESCRIPTION
    Needs, on a Windows 10/11 x64 machine:
      - JDK 17 (x64) with jlink and jpackage on PATH (or JAVA_HOME set);
      - WiX Toolset 3.x (3.11 or 3.14; jpackage 17 does not support WiX 4 or later): candle.exe
        and light.exe on PATH, or the WIX variable its installer sets;
      - Maven on PATH (unless -NoBuild).

    Steps, as installer/linux/build-deb.sh does on Linux: Maven package -> staging folder
    (secretariat.jar and lib\, JavaFX stays on the class path; its Windows jars come from the
    Maven build on Windows) -> jlink a runtime with the JDK modules only, with the JDK's own
    class-data archive -> jpackage an app image -> jpackage the MSI and the EXE from that image.

    No AppCDS archive of the app's classes: JDK 17 maps one only for the exact class path (paths,
    jar times) it was made with, and a per-user install lands in each user's own folder (or the
    one picked in the dialog). The .deb makes its archive when it is installed; an MSI could do the
    same only with a custom action (installer/README.md).

    The installers install per user (no administrator rights) into
    %LOCALAPPDATA%\Secretariat unless the user picks another folder, with a Start menu entry in
    the group "Secretariat" and a desktop shortcut. The data stay in %APPDATA%\Secretariat, which
    no installer touches: a newer version (same upgrade code, higher -AppVersion) replaces the
    older one in place and the data carry over; uninstalling leaves them too.

.PARAMETER NoBuild
    Use target\secretariat.jar and target\lib\ as they are (the Maven profile "installer" passes
    this: it runs after "package" has built them).

.PARAMETER NoCds
    Leave out the JDK's class-data archive (runtime\bin\server\classes.jsa, about 12 MB).

.PARAMETER Types
    Which installers to build: msi, exe or both (the default).

.EXAMPLE
    powershell -NoProfile -ExecutionPolicy Bypass -File installer\windows\build.ps1
#>
[CmdletBinding()]
param(
    [switch]$NoBuild,
    [switch]$NoCds,
    [ValidateSet('msi', 'exe')]
    [string[]]$Types = @('msi', 'exe')
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $Root

# Fixed for the life of the product: Windows Installer replaces an installed package with the
# same upgrade code and a lower version. Never change it.
$UpgradeUuid = 'dda59447-3183-4db0-b1db-1849a64d7198'
$Name = 'Secretariat'
$CliName = 'secretariat-cli'
$MainClass = 'org.secretariat.Launcher'
$Vendor = 'Secretariat project'
$Description = 'Offline member roster, charter procedures, meetings and documents for the secretariat of a Chinese alliance or association'
$Modules = 'java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs'
# the window's JVM options are WindowJvm.OPTIONS (decision 0027)
$JavaOptions = '-Xmx512m -Dfile.encoding=UTF-8 -XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0'

$Target = Join-Path $Root 'target'
$Work = Join-Path $Target 'installer-work'
$Out = Join-Path $Target 'installer'
$Icon = Join-Path $Root 'installer\icon\secretariat.ico'

function Step([string]$Message) { Write-Host "`n== $Message" }

# Runs a program and stops the script if it fails.
function Invoke-Tool([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed (exit code $LASTEXITCODE)" }
}

function Find-Tool([string]$Exe) {
    $cmd = Get-Command $Exe -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    if ($env:JAVA_HOME -and (Test-Path (Join-Path $env:JAVA_HOME "bin\$Exe"))) {
        return (Join-Path $env:JAVA_HOME "bin\$Exe")
    }
    throw "$Exe not found: install JDK 17 and put its bin folder on PATH (or set JAVA_HOME)"
}

$Jlink = Find-Tool 'jlink.exe'
$Jpackage = Find-Tool 'jpackage.exe'

# WiX 3: jpackage calls candle.exe and light.exe from PATH. The WiX 3 installer sets %WIX%.
if (-not (Get-Command 'candle.exe' -ErrorAction SilentlyContinue)) {
    if ($env:WIX -and (Test-Path (Join-Path $env:WIX 'bin\candle.exe'))) {
        $env:PATH = (Join-Path $env:WIX 'bin') + ';' + $env:PATH
    } else {
        throw 'WiX Toolset 3.x not found (candle.exe, light.exe): install WiX 3.14 and put its bin folder on PATH'
    }
}

# The project's own version from pom.xml (MSI versions are numbers only: no -SNAPSHOT).
$Version = ([xml](Get-Content -Raw -Encoding UTF8 (Join-Path $Root 'pom.xml'))).project.version
$Version = $Version -replace '-SNAPSHOT$', ''
if ($env:APP_VERSION) { $Version = $env:APP_VERSION }

if (-not $NoBuild) {
    Step 'mvn package'
    Invoke-Tool 'mvn' @('-q', '-DskipTests', 'package')
}
if (-not (Test-Path "$Target\secretariat.jar") -or -not (Test-Path "$Target\lib")) {
    throw 'target\secretariat.jar or target\lib\ missing: run mvn package'
}
if (-not (Get-ChildItem "$Target\lib" -Filter 'javafx-graphics-*-win.jar')) {
    throw 'target\lib has no javafx-*-win.jar: build the jar on Windows (Maven picks JavaFX for the OS it runs on)'
}

if (Test-Path $Work) { Remove-Item -Recurse -Force $Work }
New-Item -ItemType Directory -Force "$Work\input\lib", $Out | Out-Null

Step 'staging secretariat.jar and lib\'
Copy-Item "$Target\secretariat.jar" "$Work\input\"
Copy-Item "$Target\lib\*.jar" "$Work\input\lib\"

Step "jlink runtime ($Modules)"
$Runtime = "$Work\runtime"
$JlinkFlags = @('--add-modules', $Modules, '--strip-debug', '--no-header-files', '--no-man-pages',
    '--include-locales=en,zh', '--output', $Runtime)
if ($NoCds) {
    Invoke-Tool $Jlink ($JlinkFlags + '--strip-native-commands')
} else {
    # --generate-cds-archive writes the JDK's own class-data archive, which a jlink'd runtime
    # otherwise lacks (the app's start loads some thousand JDK classes from it; it is relocatable).
    # jlink 17 runs bin\java.exe for it after --strip-native-commands has removed it ("Cannot find
    # java executable"), so link with the commands and remove them (the .exe files; the DLLs in
    # bin\ are the runtime) after.
    Invoke-Tool $Jlink ($JlinkFlags + '--generate-cds-archive')
    Remove-Item "$Runtime\bin\*.exe"
}

# A second launcher, secretariat-cli.exe, is a console program: the commands (setup, roster
# import, certificates issue ...) print to the console and return exit codes. The main launcher
# is a window program with no console.
$CliProps = "$Work\$CliName.properties"
Set-Content -Encoding ASCII $CliProps @(
    'win-console=true',
    # Read by newer jpackage (19+) only; jpackage 17 gives every launcher the shortcuts:
    'win-shortcut=false',
    'win-menu=false'
)

Step 'jpackage app image'
Invoke-Tool $Jpackage @(
    '--type', 'app-image',
    '--name', $Name, '--app-version', $Version, '--vendor', $Vendor, '--description', $Description,
    '--input', "$Work\input", '--main-jar', 'secretariat.jar', '--main-class', $MainClass,
    '--runtime-image', $Runtime,
    '--java-options', $JavaOptions,
    '--add-launcher', "$CliName=$CliProps",
    '--icon', $Icon,
    '--dest', "$Work\image")
$Image = "$Work\image\$Name"

# A quick look that the image runs: the console launcher lists the charter profiles.
& "$Image\$CliName.exe" --data-dir "$Work\check-data" charters | Out-Null
if ($LASTEXITCODE -ne 0) { throw "the app image does not run ($CliName.exe charters: exit code $LASTEXITCODE)" }
Remove-Item -Recurse -Force "$Work\check-data"

foreach ($type in $Types) {
    Step "jpackage .$type"
    Get-ChildItem $Out -Filter "$Name-$Version.$type" | Remove-Item
    Invoke-Tool $Jpackage @(
        '--type', $type,
        '--app-image', $Image,
        '--name', $Name, '--app-version', $Version, '--vendor', $Vendor, '--description', $Description,
        '--win-per-user-install',
        '--win-menu', '--win-menu-group', 'Secretariat',
        '--win-shortcut',
        '--win-dir-chooser',
        '--win-upgrade-uuid', $UpgradeUuid,
        '--icon', $Icon,
        '--dest', $Out)
}

Step 'built'
Get-ChildItem $Out -Filter "$Name-$Version.*" | Format-Table Name, Length
