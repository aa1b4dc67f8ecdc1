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
    Maven build on Windows) -> jlink a runtime with the JDK modules only -> jpackage an app image
    -> record an AppCDS archive by opening the window once -> jpackage the MSI and the EXE from
    that image.

    The installers install per user (no administrator rights) into
    %LOCALAPPDATA%\Secretariat unless the user picks another folder, with a Start menu entry in
    the group "Secretariat" and a desktop shortcut. The data stay in %APPDATA%\Secretariat, which
    no installer touches: a newer version (same upgrade code, higher -AppVersion) replaces the
    older one in place and the data carry over; uninstalling leaves them too.

.PARAMETER NoBuild
    Use target\secretariat.jar and target\lib\ as they are (the Maven profile "installer" passes
    this: it runs after "package" has built them).

.PARAMETER NoCds
    Ship no AppCDS archive.

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
$JavaOptions = '-Xmx512m -Dfile.encoding=UTF-8'

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
    # --generate-cds-archive writes the JDK's class-data archive that the app's archive is layered
    # on; jlink 17 runs bin\java.exe for it after --strip-native-commands has removed it, so link
    # with the commands and remove them (the .exe files; the DLLs in bin\ are the runtime) after.
    Invoke-Tool $Jlink ($JlinkFlags + '--generate-cds-archive')
    Remove-Item "$Runtime\bin\*.exe"
}

# A second launcher, secretariat-cli.exe, is a console program: the commands (setup, roster
# import, certificates issue ...) print to the console and return exit codes. The main launcher
# is a window program with no console.
$CliProps = "$Work\$CliName.properties"
Set-Content -Encoding ASCII $CliProps @(
    'win-console=true',
    # Read by jpackage 19 and later only (jpackage 17 gives every launcher the shortcuts):
    'win-shortcut=false',
    'win-menu=false'
)

$Options = $JavaOptions
if (-not $NoCds) { $Options += ' -XX:ArchiveClassesAtExit=$APPDIR\app.jsa' }

Step 'jpackage app image'
Invoke-Tool $Jpackage @(
    '--type', 'app-image',
    '--name', $Name, '--app-version', $Version, '--vendor', $Vendor, '--description', $Description,
    '--input', "$Work\input", '--main-jar', 'secretariat.jar', '--main-class', $MainClass,
    '--runtime-image', $Runtime,
    '--java-options', $Options,
    '--add-launcher', "$CliName=$CliProps",
    '--icon', $Icon,
    '--dest', "$Work\image")
$Image = "$Work\image\$Name"
$Cfgs = @("$Image\app\$Name.cfg", "$Image\app\$CliName.cfg")
$Jsa = "$Image\app\app.jsa"

# Replaces one java-options value by another in both launchers' configuration files.
function Set-CfgOption([string]$From, [string]$To) {
    foreach ($cfg in $Cfgs) {
        $text = Get-Content -Raw -Encoding UTF8 $cfg
        if ($To) { $text = $text.Replace("java-options=$From", "java-options=$To") }
        else { $text = $text.Replace("java-options=$From`r`n", '').Replace("java-options=$From`n", '') }
        [IO.File]::WriteAllText($cfg, $text)
    }
}

if (-not $NoCds) {
    Step 'AppCDS: recording the classes a start loads'
    $Train = "$Work\train-data"
    # 1. a command sets up an organisation in a throw-away data folder (and writes an archive
    #    of a command start, kept only if the window run below fails);
    Invoke-Tool "$Image\$CliName.exe" @('--data-dir', $Train, 'setup', '--charter', 'cerra')
    Move-Item $Jsa "$Work\app-setup.jsa"
    # 2. the window opens on it; once it has loaded the home screen it is closed like a user
    #    closes it, and the JVM writes the archive as it exits.
    $trained = $false
    $p = Start-Process -FilePath "$Image\$Name.exe" -ArgumentList @('--data-dir', "`"$Train`"") -PassThru
    $deadline = (Get-Date).AddSeconds(120)
    while ((Get-Date) -lt $deadline -and -not $p.HasExited) {
        $p.Refresh()
        if ($p.MainWindowHandle -ne [IntPtr]::Zero) { break }
        Start-Sleep -Milliseconds 200
    }
    if (-not $p.HasExited -and $p.MainWindowHandle -ne [IntPtr]::Zero) {
        Start-Sleep -Seconds 6
        [void]$p.CloseMainWindow()
        if ($p.WaitForExit(60000) -and (Test-Path $Jsa)) { $trained = $true }
    }
    if (-not $p.HasExited) { Stop-Process -Id $p.Id -Force }
    if ($trained) {
        Write-Host 'trained on the window'
        Remove-Item "$Work\app-setup.jsa"
    } else {
        Write-Warning 'the window run wrote no archive: the archive covers a command start only'
        Move-Item -Force "$Work\app-setup.jsa" $Jsa
    }
    Remove-Item -Recurse -Force $Train
    # From now on the launchers read the archive instead of writing it.
    Set-CfgOption '-XX:ArchiveClassesAtExit=$APPDIR\app.jsa' '-XX:SharedArchiveFile=$APPDIR\app.jsa'
    # The archive is used only if it matches the runtime and every jar: check that it maps.
    foreach ($cfg in $Cfgs) { [IO.File]::AppendAllText($cfg, "`r`njava-options=-Xshare:on`r`n") }
    & "$Image\$CliName.exe" --data-dir "$Work\check-data" charters | Out-Null
    $mapped = ($LASTEXITCODE -eq 0)
    Set-CfgOption '-Xshare:on' ''
    if (Test-Path "$Work\check-data") { Remove-Item -Recurse -Force "$Work\check-data" }
    if (-not $mapped) {
        Write-Warning 'the AppCDS archive does not map (-Xshare:on failed): shipping without it'
        Set-CfgOption '-XX:SharedArchiveFile=$APPDIR\app.jsa' ''
        Remove-Item $Jsa
    }
}

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
