module benchgo

go 1.19
