@echo off
rem Integrity Desk launcher for Windows; see bin/integrity-desk for the commands.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_CMD=%JAVA_HOME%\bin\java.exe") else (set "JAVA_CMD=java")
"%JAVA_CMD%" -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms16m -Xmx768m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 %INTEGRITY_DESK_OPTS% -cp "%APP_HOME%\lib\*" org.integritydesk.app.Launcher %*
exit /b %ERRORLEVEL%
